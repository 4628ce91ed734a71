namespace Edge.Speech.Vad;

/// <summary>What the detector knows about one 10 ms hop of audio.</summary>
/// <param name="BandDb">Power in the 300–3400 Hz telephone speech band, dB relative to full scale.</param>
/// <param name="BandRatio">Share of all power above 60 Hz that lies in the speech band.</param>
/// <param name="Flatness">Spectral flatness inside the band: near 0.56 for white noise, low for voiced speech.</param>
/// <param name="Tonality">Share of band power in the strongest bin and its neighbours: near 1 for a beeper tone.</param>
internal readonly record struct FrameFeatures(double BandDb, double BandRatio, double Flatness, double Tonality);
