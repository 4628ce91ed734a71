using System.ComponentModel.DataAnnotations;

namespace Edge.Agent.Options;

/// <summary>How the push-to-talk button is used.</summary>
internal enum ButtonMode
{
    /// <summary>Hold the button while speaking; releasing it stops the recording.</summary>
    Hold,

    /// <summary>Press to start; the recording stops at the end of speech, the time limit or a second press.</summary>
    Toggle,
}

/// <summary>The <c>Gpio</c> section: push-to-talk button and status LEDs.</summary>
internal sealed class GpioOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Gpio";

    /// <summary>Use GPIO at all; off by default so a desktop or container run needs no chip.</summary>
    public bool Enabled { get; set; }

    /// <summary>How the button works.</summary>
    public ButtonMode ButtonMode { get; set; } = ButtonMode.Hold;

    /// <summary>Button pin (logical/BCM numbering); null = no button.</summary>
    [Range(0, 1023, ErrorMessage = "Gpio:ButtonPin must be between 0 and 1023")]
    public int? ButtonPin { get; set; }

    /// <summary>LED lit while recording.</summary>
    [Range(0, 1023, ErrorMessage = "Gpio:ListeningLedPin must be between 0 and 1023")]
    public int? ListeningLedPin { get; set; }

    /// <summary>LED lit while transcribing or answering.</summary>
    [Range(0, 1023, ErrorMessage = "Gpio:BusyLedPin must be between 0 and 1023")]
    public int? BusyLedPin { get; set; }

    /// <summary>LED lit after a failure, until the next question.</summary>
    [Range(0, 1023, ErrorMessage = "Gpio:ErrorLedPin must be between 0 and 1023")]
    public int? ErrorLedPin { get; set; }

    /// <summary>The button pulls the pin to ground (internal pull-up, pressed = low): the usual wiring.</summary>
    public bool ActiveLow { get; set; } = true;

    /// <summary>LEDs are lit by driving the pin low (sinking current).</summary>
    public bool LedActiveLow { get; set; }

    /// <summary>The button level must be stable this long before a press or release counts.</summary>
    [Range(0, 1000, ErrorMessage = "Gpio:DebounceMs must be between 0 and 1000")]
    public int DebounceMs { get; set; } = 30;
}
