using GeoGraph.Core.Extraction.Sentences;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Claims;

/// <summary>
/// "Gulu clash leaves 3 soldiers dead - military", "… — UN": a headline that names its source after a closing dash.
/// </summary>
internal sealed partial class ClaimFinder
{
    private void HeadlineDash(Sentence s)
    {
        if (!Headline(s) || s.EndToken - s.FirstToken < 5)
            return;
        for (var dash = s.EndToken - 2; dash > s.FirstToken + 2 && dash >= s.EndToken - 5; dash--)
        {
            var t = _context.Tokens[dash];
            if (!(t.Is('-') || t.Is('—') || t.Is('–')) || _used[dash] || dash + 1 >= s.EndToken
                || t.Start == _context.Tokens[dash - 1].End || t.End == _context.Tokens[dash + 1].Start)
                continue;
            if (_speakers.Find(dash + 1, s.EndToken) is not { } speaker || speaker.Entity is null || WordCount(s.FirstToken, dash) < 3)
                return;
            Add(new ClaimDraft(s.FirstToken, dash, ClaimForm.ReportedSpeech, speaker) { Attribution = (dash + 1, s.EndToken) });
            return;
        }
    }
}
