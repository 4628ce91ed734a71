# shellcheck shell=bash disable=SC2154  # variables are set in install.sh
# Install, upgrade, rollback and uninstall steps of install.sh (sourced; variables set there).

own() { [ "$NO_USER" = 1 ] || chown "$@"; }

ensure_user() {
  if [ "$NO_USER" = 1 ]; then
    say "not creating user $service_user (EDGE_INSTALL_NO_USER=1)"
    return
  fi
  if ! "$GETENT" passwd "$service_user" >/dev/null; then
    useradd --system --user-group --home-dir /var/lib/edge-agent --no-create-home \
      --shell /usr/sbin/nologin --comment "Edge shop-floor assistant" "$service_user"
    say "created system user $service_user"
  fi
  local group
  for group in $(existing_groups); do
    usermod -aG "$group" "$service_user"
  done
}

# The device groups (GPIO, sound) that exist here; systemd refuses a unit naming a missing group.
existing_groups() {
  local group
  for group in gpio audio; do
    if "$GETENT" group "$group" >/dev/null; then echo "$group"; fi
  done
}

install_program() {
  local version="$1" staging
  staging="$opt/.$version.staging"
  mkdir -p "$opt"
  rm -rf "$staging"
  cp -a "$here/app/." "$staging/"
  mkdir -p "$staging/deploy"
  # The installer travels with the program, so rollback and uninstall work without the tarball.
  cp -a "$here/install.sh" "$here/install-checks.sh" "$here/install-steps.sh" "$here/edge-agent.service" \
    "$here/appsettings.example.json" "$here/edge-agent-cli.sh" "$here/VERSION" "$here/RID" "$staging/deploy/"
  [ -d "$here/docs" ] && cp -a "$here/docs" "$staging/docs"
  [ -d "$here/mosquitto" ] && cp -a "$here/mosquitto" "$staging/deploy/mosquitto"
  chmod -R u=rwX,go=rX "$staging"
  own -R root:root "$staging"
  if [ -d "$opt/$version" ]; then
    # Reinstalling the same version: the running service keeps its open files until restarted.
    rm -rf "$opt/.$version.old"
    mv "$opt/$version" "$opt/.$version.old"
    mv "$staging" "$opt/$version"
    rm -rf "$opt/.$version.old"
  else
    mv "$staging" "$opt/$version"
  fi
}

# Points current at a version with one rename, so the service never sees a half-made link.
switch_current() {
  local version="$1" old
  old="$(readlink "$opt/current" 2>/dev/null || true)"
  ln -sfn "$version" "$opt/.current.new"
  mv -Tf "$opt/.current.new" "$opt/current"
  if [ -n "$old" ] && [ "$old" != "$version" ]; then
    echo "$old" > "$opt/previous"
  fi
}

# Keeps the current and the previous version; older ones only take space on the SD card.
prune_versions() {
  local keep_current keep_previous dir name
  keep_current="$(readlink "$opt/current")"
  keep_previous="$(cat "$opt/previous" 2>/dev/null || true)"
  for dir in "$opt"/*/; do
    name="$(basename "$dir")"
    [ "$name" = current ] || [ "$name" = "$keep_current" ] || [ "$name" = "$keep_previous" ] || {
      rm -rf "$dir"
      say "removed old version $name"
    }
  done
}

install_config() {
  mkdir -p "$etc"
  chmod 0750 "$etc"
  own root:"$service_user" "$etc"
  if [ -e "$etc/appsettings.json" ]; then
    say "kept configuration $etc/appsettings.json"
  else
    install -m 0640 "$here/appsettings.example.json" "$etc/appsettings.json"
    own root:"$service_user" "$etc/appsettings.json"
    say "wrote $etc/appsettings.json from the example: set DeviceId, Mqtt and the model paths"
  fi
  # The new example beside the kept file, to compare after an upgrade.
  install -m 0644 "$here/appsettings.example.json" "$etc/appsettings.example.json"
  if [ ! -e "$etc/environment" ]; then
    printf '# Variables for edge-agent (service and command line), e.g. EDGE_Mqtt__Password=...\n' > "$etc/environment"
    chmod 0640 "$etc/environment"
    own root:"$service_user" "$etc/environment"
  fi
  if [ "${icu_missing:-0}" = 1 ] && ! grep -q '^DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=' "$etc/environment"; then
    echo "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1" >> "$etc/environment"
  fi
}

install_data() {
  mkdir -p "$var/models"
  chmod 0750 "$var" "$var/models"
  own "$service_user":"$service_user" "$var" "$var/models"
}

install_unit() {
  local groups
  groups="$(existing_groups | tr '\n' ' ' | sed 's/ $//')"
  mkdir -p "$(dirname "$unit")"
  if [ -n "$groups" ]; then
    sed "s/^SupplementaryGroups=.*/SupplementaryGroups=$groups/" "$here/edge-agent.service" > "$unit.new"
  else
    sed '/^SupplementaryGroups=/d' "$here/edge-agent.service" > "$unit.new"
  fi
  chmod 0644 "$unit.new"
  mv -f "$unit.new" "$unit"
  mkdir -p "$(dirname "$cli")"
  install -m 0755 "$here/edge-agent-cli.sh" "$cli"
}

# German questions are translated with Debian's German–English dictionary (trans-de-en, GPL-2+),
# which the tarball does not carry: a trans-de-en_*.deb placed beside install.sh is installed
# (offline boards), otherwise the board's own apt sources are tried. Without it the agent works
# and its status says the dictionary is missing.
install_dictionary() {
  local deb
  if [ -f "$DESTDIR/usr/share/trans/de-en" ]; then
    say "dictionary present: /usr/share/trans/de-en"
    return
  fi
  deb="$(find "$here" -maxdepth 1 -name 'trans-de-en_*.deb' | sort | tail -1)"
  if [ -n "$deb" ] && "$DPKG" -i "$deb" >/dev/null; then
    say "installed the dictionary from $(basename "$deb")"
  elif [ -z "$deb" ] && "$APT_GET" install -y --no-install-recommends trans-de-en >/dev/null 2>&1; then
    say "installed the dictionary (apt: trans-de-en)"
  else
    warn "German–English dictionary not installed: German questions use the glossary alone (put trans-de-en_*.deb beside install.sh, see docs/DEPLOY.md)"
  fi
}

install_release() {
  local version rid
  version="$(cat "$here/VERSION")"
  rid="$(cat "$here/RID")"
  [ -x "$here/app/edge-agent" ] || fail "no app/edge-agent beside install.sh: run it from the unpacked tarball" 2
  if [ -f "$here/SHA256SUMS" ]; then
    (cd "$here" && sha256sum --quiet -c SHA256SUMS) || fail "the unpacked files do not match SHA256SUMS: the copy is damaged" 1
  else
    warn "no SHA256SUMS beside install.sh: files not verified"
  fi
  check_prerequisites "$rid"
  install_dictionary
  ensure_user
  install_program "$version"
  install_config
  install_data
  install_unit
  switch_current "$version"
  prune_versions
  "$SYSTEMCTL" daemon-reload
  "$SYSTEMCTL" enable edge-agent.service
  if [ "$start" = 1 ]; then
    "$SYSTEMCTL" restart edge-agent.service
    say "installed $version and (re)started edge-agent.service"
  else
    say "installed $version; start with: systemctl start edge-agent"
  fi
}

rollback_release() {
  local previous current
  previous="$(cat "$opt/previous" 2>/dev/null || true)"
  current="$(readlink "$opt/current" 2>/dev/null || true)"
  if [ -z "$previous" ] || [ ! -d "$opt/$previous" ]; then
    fail "no previous version to roll back to in $opt" 1
  fi
  switch_current "$previous"
  "$SYSTEMCTL" restart edge-agent.service
  say "rolled back from $current to $previous"
}

uninstall_release() {
  "$SYSTEMCTL" disable --now edge-agent.service || warn "could not stop/disable edge-agent.service"
  rm -f "$unit" "$cli"
  "$SYSTEMCTL" daemon-reload
  rm -rf "$opt"
  if [ "$purge" = 1 ]; then
    rm -rf "$etc" "$var"
    if [ "$NO_USER" != 1 ] && "$GETENT" passwd "$service_user" >/dev/null; then
      userdel "$service_user"
    fi
    say "removed edge-agent with its configuration, data and user"
  else
    say "removed edge-agent; kept $etc and $var (--uninstall --purge removes them)"
  fi
}
