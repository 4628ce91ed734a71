# shellcheck shell=bash disable=SC2154  # work and status come from install-tests.sh and its fixtures
# The cases of install-tests.sh (sourced): each case_* runs in a fresh throwaway root.

case_fresh_install_lays_out_program_config_data_and_unit() {
  local release
  release="$(make_release 0.1.0)"
  run_install "$release"
  expect_status 0
  expect_link /opt/edge-agent/current 0.1.0
  expect_file /opt/edge-agent/0.1.0/edge-agent
  expect_file /opt/edge-agent/0.1.0/deploy/install.sh
  expect_file /opt/edge-agent/0.1.0/docs/DEPLOY.md
  expect_file /etc/edge-agent/appsettings.json
  cmp -s "$release/appsettings.example.json" "$DESTDIR/etc/edge-agent/appsettings.json" || fail_case "config is not the example"
  expect_file /etc/edge-agent/environment
  expect_file /var/lib/edge-agent/models
  expect_file /usr/local/bin/edge-agent
  expect_called daemon-reload
  expect_called "enable edge-agent.service"
  expect_called "restart edge-agent.service"
}

case_unit_is_hardened_and_names_only_existing_groups() {
  run_install "$(make_release 0.1.0)"
  expect_status 0
  local unit="$DESTDIR/etc/systemd/system/edge-agent.service"
  expect_line "$unit" "Type=notify"
  expect_line "$unit" "ExecStart=/opt/edge-agent/current/edge-agent run --config /etc/edge-agent/appsettings.json --data-dir /var/lib/edge-agent"
  expect_line "$unit" "Restart=on-failure"
  expect_line "$unit" "NoNewPrivileges=yes"
  expect_line "$unit" "ProtectSystem=strict"
  expect_line "$unit" "MemoryMax=3G"
  expect_line "$unit" "TasksMax=256"
  expect_line "$unit" "ProtectHome=yes"
  expect_line "$unit" "PrivateTmp=yes"
  expect_line "$unit" "ReadWritePaths=/var/lib/edge-agent"
  expect_line "$unit" "DeviceAllow=char-gpiochip rw"
  expect_line "$unit" "DeviceAllow=char-alsa rw"
  # The fake system has an audio group but no gpio group.
  expect_line "$unit" "SupplementaryGroups=audio"
  ! grep -q '^PrivateDevices=yes' "$unit" || fail_case "PrivateDevices would hide GPIO and ALSA"
}

case_unit_passes_systemd_analyze_verify() {
  command -v systemd-analyze >/dev/null || { echo "skipped: systemd-analyze not installed"; return 0; }
  run_install "$(make_release 0.1.0)"
  # verify wants the ExecStart program where the unit says; check a copy that points into the root.
  sed "s#/opt/edge-agent/current/edge-agent#$DESTDIR/opt/edge-agent/current/edge-agent#" \
    "$DESTDIR/etc/systemd/system/edge-agent.service" > "$work/edge-agent.service"
  local messages
  messages="$(systemd-analyze verify "$work/edge-agent.service" 2>&1 || true)"
  # Only the unit's own lines count; the host's other units and a missing user are not the unit's fault.
  if echo "$messages" | grep 'edge-agent.service' | grep -v "User=\|Group=\|group\|user" | grep -q .; then
    fail_case "systemd-analyze verify: $messages"
  fi
}

case_upgrade_keeps_config_and_data_and_moves_the_link() {
  run_install "$(make_release 0.1.0)"
  echo '{"DeviceId":"press7-edited"}' > "$DESTDIR/etc/edge-agent/appsettings.json"
  echo "knowledge" > "$DESTDIR/var/lib/edge-agent/edge.db"
  echo "model" > "$DESTDIR/var/lib/edge-agent/models/ggml-base.bin"
  : > "$work/systemctl.log"
  run_install "$(make_release 0.2.0)"
  expect_status 0
  expect_link /opt/edge-agent/current 0.2.0
  expect_file /opt/edge-agent/0.1.0/edge-agent
  expect_line "$DESTDIR/opt/edge-agent/previous" 0.1.0
  expect_line "$DESTDIR/etc/edge-agent/appsettings.json" '{"DeviceId":"press7-edited"}'
  expect_line "$DESTDIR/var/lib/edge-agent/edge.db" knowledge
  expect_line "$DESTDIR/var/lib/edge-agent/models/ggml-base.bin" model
  expect_output "kept configuration"
  expect_called "restart edge-agent.service"
}

case_third_version_prunes_the_oldest_and_rollback_returns_to_previous() {
  run_install "$(make_release 0.1.0)"
  run_install "$(make_release 0.2.0)"
  run_install "$(make_release 0.3.0)"
  expect_no_file /opt/edge-agent/0.1.0
  expect_file /opt/edge-agent/0.2.0
  run_install "$DESTDIR/opt/edge-agent/current/deploy" --rollback
  expect_status 0
  expect_link /opt/edge-agent/current 0.2.0
  expect_line "$DESTDIR/opt/edge-agent/previous" 0.3.0
  expect_output "rolled back from 0.3.0 to 0.2.0"
}

case_reinstalling_the_same_version_is_idempotent() {
  local release
  release="$(make_release 0.1.0)"
  run_install "$release"
  run_install "$release"
  expect_status 0
  expect_link /opt/edge-agent/current 0.1.0
  expect_no_file /opt/edge-agent/previous
  [ "$(find "$DESTDIR/opt/edge-agent" -mindepth 1 -maxdepth 1 | wc -l)" = 2 ] || fail_case "expected only 0.1.0 and current"
}

case_jetpack5_glibc_231_is_refused_without_force() {
  export FAKE_GLIBC=2.31
  run_install "$(make_release 0.1.0)"
  expect_status 3
  expect_output "JetPack 5 / Ubuntu 20.04 has glibc 2.31; Whisper needs ≥ 2.34: upgrade to JetPack 6"
  expect_output "nothing was changed"
  expect_no_file /opt/edge-agent
  [ ! -s "$work/systemctl.log" ] || fail_case "systemctl was called"
}

case_jetpack5_with_force_installs_with_a_warning() {
  export FAKE_GLIBC=2.31
  run_install "$(make_release 0.1.0)" --force
  expect_status 0
  expect_output "warning: JetPack 5 / Ubuntu 20.04 has glibc 2.31"
  expect_link /opt/edge-agent/current 0.1.0
}

case_missing_libgomp_is_refused() {
  export FAKE_GOMP=0
  run_install "$(make_release 0.1.0)"
  expect_status 3
  expect_output "libgomp.so.1 not found"
}

case_missing_icu_with_force_switches_to_invariant_globalization() {
  export FAKE_ICU=0
  run_install "$(make_release 0.1.0)" --force
  expect_status 0
  expect_line "$DESTDIR/etc/edge-agent/environment" "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1"
}

case_wrong_architecture_is_refused_even_with_force() {
  export FAKE_ARCH=x86_64
  run_install "$(make_release 0.1.0)" --force
  expect_status 3
  expect_output "this release is for linux-arm64 (aarch64) but this machine is x86_64"
}

case_damaged_copy_is_refused() {
  local release
  release="$(make_release 0.1.0)"
  echo "flipped" >> "$release/app/edge-agent.dll"
  run_install "$release"
  expect_status 1
  expect_output "do not match SHA256SUMS"
  expect_no_file /opt/edge-agent
}

case_check_only_reports_prerequisites() {
  run_install "$(make_release 0.1.0)" --check
  expect_status 0
  expect_output "prerequisites ok: aarch64, glibc 2.36"
  expect_no_file /opt/edge-agent
}

case_uninstall_keeps_config_and_data() {
  run_install "$(make_release 0.1.0)"
  echo "knowledge" > "$DESTDIR/var/lib/edge-agent/edge.db"
  run_install "$DESTDIR/opt/edge-agent/current/deploy" --uninstall
  expect_status 0
  expect_no_file /opt/edge-agent
  expect_no_file /etc/systemd/system/edge-agent.service
  expect_no_file /usr/local/bin/edge-agent
  expect_file /etc/edge-agent/appsettings.json
  expect_line "$DESTDIR/var/lib/edge-agent/edge.db" knowledge
  expect_called "disable --now edge-agent.service"
}

case_purge_removes_config_and_data_too() {
  run_install "$(make_release 0.1.0)"
  run_install "$DESTDIR/opt/edge-agent/current/deploy" --uninstall --purge
  expect_status 0
  expect_no_file /opt/edge-agent
  expect_no_file /etc/edge-agent
  expect_no_file /var/lib/edge-agent
}

case_unknown_option_and_stray_purge_are_usage_errors() {
  local release
  release="$(make_release 0.1.0)"
  run_install "$release" --frobnicate
  expect_status 2
  run_install "$release" --purge
  expect_status 2
  expect_output "--purge goes with --uninstall"
}

case_offline_board_installs_the_dictionary_deb_placed_beside_the_installer() {
  local release
  release="$(make_release 0.1.0)"
  : > "$release/trans-de-en_1.9-6_all.deb"
  run_install "$release"
  expect_status 0
  grep -q "dpkg -i $release/trans-de-en_1.9-6_all.deb" "$work/systemctl.log" || fail_case "dpkg -i of the dictionary was not called"
  grep -q "installed the dictionary from trans-de-en_1.9-6_all.deb" "$work/out" || fail_case "no message about the dictionary"
}

case_missing_dictionary_warns_and_installs_anyway() {
  run_install "$(make_release 0.1.0)"
  expect_status 0
  grep -q "warning: German–English dictionary not installed" "$work/out" || fail_case "no warning about the missing dictionary"
  expect_link /opt/edge-agent/current 0.1.0
}
