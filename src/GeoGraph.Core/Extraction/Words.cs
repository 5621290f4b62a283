using GeoGraph.Core.Extraction.Tokens;

namespace GeoGraph.Core.Extraction;

/// <summary>Closed classes of English words the stages look for (folded keys).</summary>
internal static class Words
{
    private static WordSet Set(params string[] words) => WordSet.Of(words);

    /// <summary>Words that name the kind of a subdivision: "Kunar province", "Borno State".</summary>
    public static readonly WordSet SubdivisionTypes = Set(
        "province", "provinces", "governorate", "governorates", "state", "states", "region", "regions",
        "department", "prefecture", "oblast", "krai", "county", "division", "territory", "emirate", "canton", "wilaya",
        "district", "districts");

    /// <summary>Prepositions that put a place or actor in an adjunct rather than in the subject.</summary>
    public static readonly WordSet Prepositions = Set(
        "in", "at", "from", "near", "across", "inside", "within", "throughout", "into", "outside", "around", "over",
        "under", "with", "by", "against", "on", "to", "for", "between", "among", "amid", "toward", "towards", "via",
        "through", "about", "like", "than", "beyond", "along", "off", "onto", "upon", "without", "after", "before");

    /// <summary>Prepositions after which a country is a place rather than an actor.</summary>
    public static readonly WordSet Locatives = Set(
        "in", "at", "near", "across", "inside", "within", "throughout", "into", "outside", "around", "to", "from",
        "of", "over", "toward", "towards", "through", "along");

    /// <summary>
    /// Past tenses of the news that do not end in "-ed", or too short to tell by it: "took", "struck", "died"; and the
    /// other common irregular simple pasts that are not also a present or a noun ("set", "cut", "put" are) nor a verb of
    /// saying ("wrote", "spoke"), which the claim shapes read as such.
    /// </summary>
    public static readonly WordSet IrregularPast = Set(
        "took", "struck", "fought", "shot", "won", "lost", "fled", "began", "sent", "overran", "broke", "drove",
        "hit", "held", "led", "left", "met", "brought", "caught", "fell", "withdrew", "stole", "blew", "died", "rose",
        "stood", "understood", "withstood", "knew", "grew", "threw", "flew", "drew", "saw", "oversaw", "went", "came",
        "became", "overcame", "gave", "made", "kept", "spent", "built", "meant", "felt", "heard", "sold", "sought",
        "thought", "bought", "taught", "found", "chose", "froze", "arose", "woke", "forgot", "swore",
        "tore", "wore", "shook", "undertook", "overtook", "ran", "sank", "swam", "hung", "stuck", "dug", "slid", "hid",
        "fed", "sped", "paid", "laid", "sat", "upheld", "withheld", "overthrew", "underwent", "ate", "forbade", "got", "bore",
        "retook", "rebuilt", "rode", "swept", "dealt", "lent", "slew", "overrode", "foresaw", "mistook",
        // Regular pasts too short for the "-ed" test, and pasts spelt like their present.
        "used", "owed", "tied", "lied", "sued", "axed", "cut", "shut", "spread", "quit", "hurt", "beat", "set", "let");

    /// <summary>The days of the week.</summary>
    public static readonly WordSet Weekdays = Set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /// <summary>Days of the week and months: words that date a statement or an event.</summary>
    public static readonly WordSet DateWords = Set(
        [.. Weekdays, "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
         "december"]);

    public static readonly WordSet NotNames = Set(
        "the", "a", "an", "however", "but", "and", "or", "in", "on", "at", "for", "if", "when", "while", "after",
        "before", "since", "according", "meanwhile", "also", "it", "he", "she", "they", "we", "i", "you", "this",
        "that", "these", "those", "there", "his", "her", "their", "its", "our", "my", "your", "last", "next",
        "earlier", "later", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "as", "of", "to", "by", "with", "from", "so", "yet", "still", "then", "now",
        "both", "all", "some", "many", "most", "several", "other", "such", "no", "not", "one", "two", "three",
        "who", "what", "which", "where", "why", "how", "speaking", "asked", "despite", "although", "though",
        "because", "until", "under", "over", "during", "between", "among", "against", "amid", "without",
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would",
        "can", "could", "should", "must", "said", "says", "told", "added", "mr", "mrs", "ms", "dr", "sir",
        "islamic", "al", "el", "ul", "today", "yesterday", "tomorrow", "here", "once", "only", "even", "just",
        "further", "furthermore", "moreover", "instead", "thus", "therefore", "overall", "again", "separately",
        "elsewhere", "previously", "recently", "currently", "eventually", "finally", "first", "second", "third",
        "every", "each", "any", "more", "less", "few", "much", "another", "neither", "either", "nor", "why",
        "we're", "they're", "sources", "officials", "witnesses", "residents", "police", "security",
        // Platforms a statement is posted on ("circulated on WhatsApp, the gang's leader …").
        "whatsapp", "telegram", "facebook", "twitter", "youtube", "instagram", "tiktok");

    /// <summary>
    /// Words that mark a body of a community rather than of a state: "Kuki Students' Organisation", "Indigenous Tribal
    /// Leaders' Forum", "Rohingya Solidarity Organisation".
    /// </summary>
    public static readonly WordSet CommunityWords = Set(
        "students", "student", "tribal", "tribes", "indigenous", "solidarity", "youth", "elders", "clan", "clans",
        "shadow", "exile", "diaspora", "ethnic");

    /// <summary>Words that name institutions, never people: "General Command", "Joint Staff".</summary>
    public static readonly WordSet InstitutionWords = Set(
        "command", "staff", "assembly", "council", "headquarters", "secretariat", "directorate", "administration",
        "office", "ministry", "army", "forces", "force", "police", "court", "committee", "commission", "agency",
        "department", "government", "parliament", "cabinet", "corps", "brigade", "division", "regiment", "battalion",
        "authority", "service", "services", "news", "times", "post", "radio", "television", "tv", "agency",
        "province", "governorate", "state", "region", "district", "city", "street", "road", "square", "airport",
        "base", "hospital", "hotel", "school", "university", "camp", "border", "crossing", "bridge", "port",
        "operation", "mission", "coalition", "alliance", "front", "movement", "party", "group", "network",
        // "Minister of Parliamentary Affairs X", "Leader of the Opposition in the Lok Sabha X": an office's domain or
        // chamber closes no personal name.
        "affairs", "sabha", "duma", "knesset", "senate", "majlis", "congress");

    /// <summary>Words for those who broke with a group: "FARC dissidents", "the ELN dissident faction".</summary>
    public static readonly WordSet DissidentNouns = Set("dissidents", "dissident");

    /// <summary>Nouns for a part of a group: "faction", "factions", "wing".</summary>
    public static readonly WordSet FactionNouns = Set("faction", "factions", "groups", "group", "wing");

    /// <summary>Determiners and possessives that may open a noun phrase.</summary>
    public static readonly WordSet Determiners = Set(
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "some", "several",
        "two", "three", "four", "five", "many", "other", "all", "both", "any", "each", "one");

    /// <summary>Name particles written in lower case inside personal names: "Abu Bakr al-Baghdadi".</summary>
    public static readonly WordSet NameParticles = Set(
        "al", "el", "bin", "bint", "ibn", "ul", "ud", "ur", "van", "von", "der", "den", "de", "da", "dos", "das",
        "du", "la", "le", "di", "del", "ben", "ould", "ag", "wa");

    /// <summary>Personal pronouns that can stand for a speaker.</summary>
    public static readonly WordSet PersonPronouns = Set("he", "she");

    /// <summary>Nouns that point back to a person speaker: "the official said".</summary>
    public static readonly WordSet PersonNouns = Set(
        "official", "spokesman", "spokeswoman", "spokesperson", "minister", "general", "commander", "governor",
        "ambassador", "envoy", "source", "officer", "diplomat", "president", "chief", "leader", "analyst",
        "secretary", "colonel", "major", "captain", "lieutenant", "director", "adviser", "advisor", "expert",
        "researcher", "prosecutor", "mayor", "senator", "lawmaker");

    /// <summary>Nouns for unnamed speakers: "a NATO official", "Afghan officials", "security sources".</summary>
    public static readonly WordSet UnnamedSpeakers = Set(
        "official", "officials", "spokesman", "spokeswoman", "spokesperson", "source", "sources", "commander",
        "commanders", "diplomat", "diplomats", "officer", "officers", "analyst", "analysts", "expert", "experts",
        "spokesmen", "minister", "ministers", "lawmaker", "lawmakers", "representative", "representatives", "leader", "leaders",
        "statement", "statistics", "report", "data", "figures", "assessment", "estimates", "intelligence", "text",
        "document", "translation", "decree", "note", "communique", "letter", "reply", "message");

    /// <summary>Words that modify an unnamed speaker: "a senior US military official".</summary>
    public static readonly WordSet SpeakerModifiers = Set(
        "senior", "top", "local", "provincial", "district", "regional", "military", "security", "government",
        "intelligence", "defence", "defense", "foreign", "western", "police", "army", "former", "high-ranking",
        "high", "ranking", "second", "another", "one", "two", "three", "several", "some", "other", "diplomatic",
        "administration", "health", "tribal", "village", "community", "humanitarian", "independent", "ministry",
        "un", "u", "n", "official", "new", "latest", "recent", "annual", "quarterly", "internal", "leaked", "same",
        "written", "joint", "national", "federal", "earlier", "later", "first", "last", "previous",
        "a", "an", "the", "its", "his", "her", "their");

    /// <summary>Conjunctions and marks that join the items of a list.</summary>
    public static readonly WordSet ListJoiners = Set(",", "and", "or", "as", "well", "&");

    /// <summary>Words that open a subordinate clause and end the search for a subject.</summary>
    public static readonly WordSet ClauseOpeners = Set(
        "that", "which", "who", "whom", "whose", "where", "when", "while", "because", "although", "though",
        "if", "unless", "whereas", "but", "after", "before", "since", "until", "as");

    /// <summary>Whether <paramref name="name"/> ends with the word <paramref name="last"/> after a space: "Yevgeny Prigozhin", "Prigozhin".</summary>
    public static bool EndsWithWord(string name, string last, StringComparison comparison = StringComparison.Ordinal) =>
        name.Length > last.Length && name[name.Length - last.Length - 1] == ' ' && name.EndsWith(last, comparison);

    // Everyday words of news prose that no list above holds; pooling them spares a string per token.
    private static readonly string[] Everyday =
    [
        "s", "t", "it", "is", "was", "were", "are", "be", "been", "has", "have", "had", "will", "would", "could",
        "not", "more", "than", "people", "year", "years", "day", "days", "week", "weeks", "month", "months", "time",
        "also", "new", "first", "last", "since", "killed", "including", "who", "group", "government", "security",
        "city", "town", "area", "attack", "attacks", "forces", "military", "statement", "president", "minister",
        "country", "border", "local", "officials", "told", "said", "says", "there", "what", "into", "up", "out",
        "about", "after", "over", "no", "he", "she", "they", "we", "his", "her", "their", "its", "this", "these",
    ];

    /// <summary>Every word of the lists above, for the pool that tokens share their keys from.</summary>
    public static IEnumerable<string> Pooled =>
        new[]
        {
            SubdivisionTypes, Prepositions, Locatives, NotNames, InstitutionWords, Determiners, NameParticles, PersonPronouns,
            PersonNouns, UnnamedSpeakers, SpeakerModifiers, ListJoiners, ClauseOpeners,
        }.SelectMany(set => set).Concat(Everyday);
}
