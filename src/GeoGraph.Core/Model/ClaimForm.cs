namespace GeoGraph.Core.Model;

/// <summary>How a statement is attributed in the article.</summary>
public enum ClaimForm
{
    /// <summary>The speaker's words in quotation marks.</summary>
    DirectQuote,

    /// <summary>"X said that …": the speaker's words paraphrased.</summary>
    ReportedSpeech,

    /// <summary>"According to X, …".</summary>
    AccordingTo,
}
