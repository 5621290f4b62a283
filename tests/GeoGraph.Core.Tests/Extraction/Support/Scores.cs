namespace GeoGraph.Core.Tests.Extraction.Support;

/// <summary>The scorer's headline figures for one article.</summary>
internal sealed record Scores(double EntityF1, double ClaimF1, double SpeakerAccuracy, double RelationF1)
{
    public override string ToString() =>
        $"entity_f1={EntityF1:0.000} claim_f1={ClaimF1:0.000} speaker_accuracy={SpeakerAccuracy:0.000} relation_f1={RelationF1:0.000}";
}
