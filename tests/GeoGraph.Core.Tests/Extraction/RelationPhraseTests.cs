using GeoGraph.Core.Model;
using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// Who acts when the phrase around a relation cue is long: a strike named by its maker with a place inside its phrase, a death
/// in an attack told with its doer after "by", ground shared out rather than membership, the side of one quoted inside a claim.
/// </summary>
public sealed class RelationPhraseTests
{
    private static List<string> Relations(string text) => RelationTexts.Asserted(text);

    [Theory]
    [InlineData("A Kenyan drone strike on a camp in northern Gulu on Thursday killed a senior commander of the LRA, the Kenyan army said.")]
    [InlineData("A Kenyan air strike on a base in eastern Gulu killed a senior commander of the LRA, the Kenyan army said.")]
    public void TheMakerOfAStrikeActsAndAPlaceInsideItsPhraseDoesNot(string text)
    {
        var relations = Relations(text);

        Assert.Contains("Kenya ATTACKS Lord's Resistance Army", relations);
        Assert.DoesNotContain(relations, r => r.StartsWith("Uganda ", StringComparison.Ordinal));
    }

    [Fact]
    public void AStateWhoseCapitalIsTheSubjectStillActs()
    {
        Assert.Contains("Uganda ATTACKS Lord's Resistance Army", Relations("Kenya said Kampala attacked the LRA near Gulu."));
    }

    [Theory]
    [InlineData("The LRA said its commander was killed in a bombing by a Ugandan drone.", "Uganda ATTACKS Lord's Resistance Army")]
    [InlineData("The LRA said two of its fighters died in an ambush by Kenyan troops near Gulu.", "Kenya ATTACKS Lord's Resistance Army")]
    public void OneHarmedInAnAttackByAnotherIsItsTarget(string text, string expected)
    {
        var relations = Relations(text);

        Assert.Contains(expected, relations);
        Assert.DoesNotContain(relations, r => r.StartsWith("Lord's Resistance Army ATTACKS", StringComparison.Ordinal));
    }

    [Fact]
    public void OneHarmedWithNoDoerNamedIsNoTarget()
    {
        Assert.Empty(Relations("The LRA said its commander was killed in a bombing near Gulu."));
    }

    [Theory]
    [InlineData("The LRA said its fighters had taken control of part of the Ugandan army's base.")]
    [InlineData("The LRA said it had seized a large part of the Ugandan army's camp.")]
    public void APartOfGroundTakenIsNoMembership(string text)
    {
        Assert.DoesNotContain(Relations(text), r => r.Contains("PART_OF", StringComparison.Ordinal));
    }

    [Fact]
    public void BeingPartOfABodyIsStillMembership()
    {
        Assert.Contains("Lord's Resistance Army PART_OF al-Qaeda", Relations("Kenya said the LRA was part of al-Qaeda."));
    }

    [Fact]
    public void TheSideOfOneQuotedInsideAClaimIsThatOnes()
    {
        var relations = Relations("The LRA has claimed the attack, saying its fighters killed eight Kenyan soldiers, the SITE Intelligence Group said.");

        Assert.Contains("Lord's Resistance Army ATTACKS Kenya", relations);
        Assert.DoesNotContain(relations, r => r.StartsWith("SITE Intelligence Group", StringComparison.Ordinal));
    }

    [Fact]
    public void AParticipleAfterACommaSharesTheSubjectOfTheActBeforeIt()
    {
        var relations = Relations("The LRA said it had ambushed a convoy of the Ugandan army and its Kenyan allies near Gulu, killing 50 Wagner fighters.");

        Assert.Contains("Lord's Resistance Army ATTACKS Wagner Group", relations);
        Assert.DoesNotContain("Kenya ATTACKS Wagner Group", relations);
    }

    [Fact]
    public void AsOutsideAsWellAsEndsAListOfObjects()
    {
        var relations = Relations("Kenya said Uganda was arming the LRA as Nairobi talks stall.");

        Assert.Contains("Uganda SUPPORTS Lord's Resistance Army", relations);
        Assert.DoesNotContain("Uganda SUPPORTS Kenya", relations);
    }

    [Theory]
    [InlineData("Kenya said it had cut all remaining diplomatic contacts with Kampala.")]
    [InlineData("Kenya said it had severed its contacts with Uganda.")]
    public void ContactsCutAreTiesCut(string text)
    {
        var relations = Relations(text);

        Assert.Contains("Kenya CUT_TIES_WITH Uganda", relations);
        Assert.DoesNotContain("Kenya IN_CONTACT_WITH Uganda", relations);
    }

    [Fact]
    public void TheFarSideOfABorderReinforcedIsNotHelped()
    {
        Assert.Empty(Relations("Kenya said it had reinforced the border with Uganda after reports of fighting."));
    }

    [Fact]
    public void APossessorInAnAppositionToAnObjectIsNoObject()
    {
        var relations = Relations("Kenya said its aircraft had hit \"infrastructure used by the LRA, Uganda's proxy in the north\".");

        Assert.Contains("Kenya ATTACKS Lord's Resistance Army", relations);
        Assert.DoesNotContain("Kenya ATTACKS Uganda", relations);
    }

    [Theory]
    [InlineData("Kenya said two Hamas commanders were killed in an Israeli strike on Gaza.", "Israel ATTACKS Hamas")]
    [InlineData("Kenya said two of its soldiers were killed on Monday in an LRA ambush near Gulu.", "Lord's Resistance Army ATTACKS Kenya")]
    public void AMakerNamedInThePhraseOfAnActOfHarmAttacksTheHarmed(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Fact]
    public void TheOnesKilledInAnAttackDidNotMakeIt()
    {
        Assert.Empty(Relations("Kenya said twenty soldiers of the Kenya Defence Forces were killed on Tuesday in an attack on their position near Gulu."));
    }

    [Fact]
    public void AQuotedRelativeClauseStandsAsideFromTheSubject()
    {
        var relations = Relations("Kenya said LRA fighters, \"who operate from bases in Uganda and South Sudan\", had attacked the Kenya Defence Forces.");

        Assert.Contains("Lord's Resistance Army ATTACKS Kenya Defence Forces", relations);
        Assert.DoesNotContain(relations, r => r.StartsWith("South Sudan", StringComparison.Ordinal) || r.StartsWith("Uganda", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kenya held Uganda accountable for the attack.", "Kenya ACCUSES Uganda")]
    [InlineData("Kenya holds Uganda fully responsible.", "Kenya ACCUSES Uganda")]
    [InlineData("Foreign Minister Musalia Mudavadi went further, holding Uganda responsible for the rebellion.", "Musalia Mudavadi ACCUSES Uganda")]
    public void AStateHeldToAccountIsAccusedAndNotControlled(string text, string expected)
    {
        var relations = Relations(text);

        Assert.Contains(expected, relations);
        Assert.DoesNotContain(relations, r => r.Contains("CONTROLS", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kenya said the threats came from the Uganda-backed LRA.")]
    [InlineData("Kenya said: \"We face threats, whether from the Uganda-backed LRA or from al-Shabaab.\"")]
    public void AHyphenedBackerBacksWhereverTheNameStands(string text)
    {
        var relations = Relations(text);

        Assert.Contains("Uganda SUPPORTS Lord's Resistance Army", relations);
        Assert.DoesNotContain("Kenya SUPPORTS Lord's Resistance Army", relations);
    }

    [Fact]
    public void AConditionalThreatTargetsTheOneDescribedNotItsBacker()
    {
        var relations = Relations("Kenya said: \"If the Uganda-backed LRA attacks, we will respond.\"");

        Assert.Contains("Kenya THREATENS Lord's Resistance Army", relations);
        Assert.DoesNotContain("Kenya THREATENS Uganda", relations);
    }

    [Theory]
    [InlineData("Kenya said the LRA is armed and directed by Uganda.")]
    [InlineData("Kenya said the LRA was trained, armed and funded by Uganda.")]
    public void CoordinatedPassiveParticiplesShareTheirDoer(string text)
    {
        var relations = Relations(text);

        Assert.Contains("Uganda SUPPORTS Lord's Resistance Army", relations);
        Assert.DoesNotContain("Lord's Resistance Army SUPPORTS Uganda", relations);
    }

    [Fact]
    public void APassiveParticipleWithNoDoerStillAssertsNothing()
    {
        Assert.Empty(Relations("Kenya said the LRA is armed and dangerous."));
    }

    [Theory]
    [InlineData("Uganda said it had carried out a raid against LRA cells in Mandera county.", "Lord's Resistance Army PRESENT_IN Mandera")]
    [InlineData("Uganda said the rebels buy rifles from LRA units in neighbouring Mandera county.", "Lord's Resistance Army PRESENT_IN Mandera")]
    public void MembersOfAnActorPlacedInAProvinceShowItPresentThere(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Theory]
    [InlineData("Kenya said Uganda was cooperating closely with the LRA.")]
    [InlineData("Kenya said Uganda had been working secretly with the LRA.")]
    public void AMannerAdverbInsideARelationPhraseKeepsIt(string text)
    {
        Assert.Contains("Uganda ALLIED_WITH Lord's Resistance Army", Relations(text));
    }

    [Theory]
    [InlineData("Kenya said the LRA stormed a police post in Mandera county.")]
    [InlineData("Kenya said the LRA had raided two villages in Mandera county.")]
    public void AGroupDoingAGroundActInAProvinceIsPresentThere(string text)
    {
        Assert.Contains("Lord's Resistance Army PRESENT_IN Mandera", Relations(text));
    }

    [Fact]
    public void AStateStrikingInAProvinceIsNotPlacedThereByTheStrike()
    {
        Assert.DoesNotContain("Uganda PRESENT_IN Mandera", Relations("Kenya said Uganda attacked an LRA camp in Mandera county."));
    }

    [Fact]
    public void AProvinceNamedWithItsCountrysPossessiveIsThePlace()
    {
        var relations = Relations("Kenya said it had carried out joint operations with Somali troops in Somalia's Gedo region.");

        Assert.Contains("Kenya PRESENT_IN Gedo", relations);
        Assert.DoesNotContain("Kenya PRESENT_IN Somalia", relations);
    }

    [Theory]
    [InlineData("Kenya said LRA fighters move between Mandera county and Garissa county.", "Lord's Resistance Army PRESENT_IN Garissa")]
    [InlineData("Kenya said the LRA and al-Shabaab have started operating together in Lamu county.", "al-Shabaab PRESENT_IN Lamu")]
    [InlineData("Kenya said the LRA has been fighting in Lamu county since May.", "Lord's Resistance Army PRESENT_IN Lamu")]
    [InlineData("The Philippine army said Abu Sayyaf fighters were operating in Maguindanao del Sur.", "Abu Sayyaf PRESENT_IN Maguindanao del Sur")]
    public void WhereAnActorMovesFightsOrOperatesWithOthersItIsPresent(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Theory]
    [InlineData("The LRA said other cells had struck an oil depot and an SDF barracks near the prison.", "Lord's Resistance Army ATTACKS Syrian Democratic Forces")]
    [InlineData("UNIFIL said an IDF tank had fired at its headquarters.", "Israel Defense Forces ATTACKS UNIFIL")]
    public void AnActorsHoldingStruckIsTheActorAttacked(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Fact]
    public void BareFightersOfNoGroupSpeakerActForNobody()
    {
        Assert.Empty(Relations("Kenya said fighters had attacked the Uganda People's Defence Forces."));
    }

    [Theory]
    [InlineData("NAIROBI, May 4 (Wire) - Police blamed the attack on the LRA.")]
    [InlineData("NAIROBI, May 4 (Wire) - Police said they blamed the attack on the LRA.")]
    public void TheBlamerOfAnActIsNotItsMaker(string text)
    {
        var relations = Relations(text);

        Assert.Contains("National Police Service ACCUSES Lord's Resistance Army", relations);
        Assert.DoesNotContain(relations, r => r.Contains("ATTACKS", StringComparison.Ordinal));
    }

    [Fact]
    public void AnArmyTitleWithNoCountryBeforeItIsTheHomeArmys()
    {
        var relations = Relations("NAIROBI, May 4 (Wire) - The Kenyan army fought the LRA. \"We repulsed them and killed 20,\" army commander Peter Njoroge told Reuters.");

        Assert.Contains("Kenyan army ATTACKS Lord's Resistance Army", relations);
    }

    [Theory]
    [InlineData("NAIROBI, May 4 (Wire) - Kenya's army said it had killed five rebels. The LRA said it had downed a military drone.")]
    [InlineData("NAIROBI, May 4 (Wire) - Kenya's army said it had killed five rebels. The LRA said it had shot down an army helicopter.")]
    public void AMilitaryAircraftDownedIsTheHomeForceAttacked(string text)
    {
        Assert.Contains(Relations(text), r => r.StartsWith("Lord's Resistance Army ATTACKS", StringComparison.Ordinal));
    }

    [Fact]
    public void AHeadingInCapitalsNamesNoGang()
    {
        var graph = Extractors.Extract("THE FACTS AS REPORTED\n\nGunmen attacked a church in Gulu.\n\nKenya said the gunmen belonged to a terrorist organisation.");

        Assert.DoesNotContain(graph.Entities.OfType<Group>(), g => g.Name.Contains("REPORTED", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("LRA leader Joseph Kony called the Kenyan officers invaders and said he was ready to fight them to the death.")]
    [InlineData("LRA leader Joseph Kony said the Kenyan troops were occupiers and that he would fight them to the death.")]
    public void ThemIsTheForceNamedByItsDemonymNotTheSpeakersOwnGroup(string text)
    {
        var relations = Relations(text);

        Assert.Contains("Joseph Kony THREATENS Kenya", relations);
        Assert.DoesNotContain("Joseph Kony THREATENS Lord's Resistance Army", relations);
    }

    [Theory]
    [InlineData("Kenya said Ugandan strikes hit markets, schools and checkpoints of the Kenya Police Service.")]
    [InlineData("Kenya said Ugandan strikes hit bakeries, power stations, oil facilities and checkpoints of the Kenya Police Service.")]
    public void AListOfTargetsEndingInAnActorsHoldingIsAnAttackOnThatActor(string text)
    {
        Assert.Contains("Uganda ATTACKS Kenya Police Service", Relations(text));
    }

    [Fact]
    public void AListOfTargetsWithNoActorsHoldingNamesNoTarget()
    {
        Assert.DoesNotContain(Relations("Kenya said Ugandan strikes hit bakeries, power stations and schools in Turkana."),
            r => r.Contains("ATTACKS", StringComparison.Ordinal));
    }

    [Fact]
    public void ALabelForAnAttackNamesNoAttackerOfItsOwn()
    {
        Assert.DoesNotContain(Relations("Kenyan Interior Minister John Kamau condemned what he called a terrorist attack on the police station."),
            r => r.Contains("ATTACKS", StringComparison.Ordinal));
    }

    [Fact]
    public void ALabelThatChargesAnActorAccusesIt()
    {
        Assert.Contains("Kenya ACCUSES Uganda", Relations("Kenya called on the council to stop what it described as open aggression by Uganda."));
    }

    [Theory]
    [InlineData("The LRA said Ugandan-backed factions of Hezbollah had shelled villages.", "Uganda SUPPORTS Hezbollah")]
    [InlineData("The LRA said Kenyan-backed fighters of the Syrian National Army had shelled villages.", "Kenya SUPPORTS Syrian National Army")]
    public void AHyphenedBackerOfAnActorsMembersSupportsTheActor(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Fact]
    public void AHyphenedBackerOfACommonNounSupportsNoActorNamedLater()
    {
        Assert.DoesNotContain(Relations("The LRA said Kenyan-backed fighters attacked villages of the Syrian National Army."),
            r => r.Contains("SUPPORTS", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ugandan army spokesman Felix Kulayigye called the LRA \"an extremist force serving foreign enemies\".")]
    [InlineData("Ugandan army spokesman Felix Kulayigye described the LRA as an extremist group.")]
    public void NamingASideAnExtremistBodyAccusesIt(string text)
    {
        Assert.Contains(Relations(text), r => r.EndsWith(" ACCUSES Lord's Resistance Army", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kenya said the LRA attack was a flagrant violation of Kenyan sovereignty.")]
    [InlineData("Kenya called the LRA raid on Lodwar \"a blatant violation of the ceasefire\".")]
    public void CallingASidesActAViolationAccusesTheSide(string text)
    {
        Assert.Contains("Kenya ACCUSES Lord's Resistance Army", Relations(text));
    }

    [Theory]
    [InlineData("Kenya said the shelling to which Uganda had been subjected was a violation of its sovereignty.")]
    [InlineData("Kenya said any attack on its soldiers was a violation of the Security Council resolution.")]
    [InlineData("The LRA said fighters found in violation of this order would be punished.")]
    public void AVictimWhatWasViolatedOrARuleBrokenIsNoOneAccused(string text)
    {
        Assert.DoesNotContain(Relations(text), r => r.Contains("ACCUSES", StringComparison.Ordinal));
    }
}
