using GeoGraph.Core;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Sqlite.Mapping;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    private const string UpsertEntity = """
        INSERT INTO entities (id, kind, name, name_key, category, title, role, organisation_id, part_of_id, country_id, iso_code)
        VALUES ($id, $kind, $name, $nameKey, $category, $title, $role, $organisation, $partOf, $country, $iso)
        ON CONFLICT (id) DO UPDATE SET
            category        = COALESCE(entities.category, excluded.category),
            title           = COALESCE(entities.title, excluded.title),
            role            = COALESCE(entities.role, excluded.role),
            organisation_id = COALESCE(entities.organisation_id, excluded.organisation_id),
            part_of_id      = COALESCE(entities.part_of_id, excluded.part_of_id),
            country_id      = COALESCE(entities.country_id, excluded.country_id),
            iso_code        = COALESCE(entities.iso_code, excluded.iso_code)
        """;

    private const string InsertAlias = "INSERT OR IGNORE INTO aliases (entity_id, alias, alias_key) VALUES ($entity, $alias, $key)";

    private const string RefreshEntitySearch = """
        DELETE FROM entities_fts WHERE entity_id = $entity;
        INSERT INTO entities_fts (entity_id, names)
        SELECT $entity, group_concat(alias, ' | ') FROM aliases WHERE entity_id = $entity;
        """;

    private const string InsertArticle = """
        INSERT INTO articles (id, body, title, url, outlet, published_at, imported_at, reported_at)
        VALUES ($id, $body, $title, $url, $outlet, $published, $imported, $reported)
        """;

    private const string InsertClaim = """
        INSERT INTO claims (id, article_id, text, span_start, span_length, form, speaker_id, speaker_description,
                            reported_by_id, hedged, negated, reported_at)
        VALUES ($id, $article, $text, $start, $length, $form, $speaker, $speakerDescription, $reportedBy, $hedged, $negated, $reportedAt)
        """;

    private const string InsertRole = "INSERT OR IGNORE INTO claim_roles (claim_id, role, entity_id, position) VALUES ($claim, $role, $entity, $position)";

    private const string InsertAssertion = "INSERT OR IGNORE INTO assertions (claim_id, from_id, type, to_id) VALUES ($claim, $from, $type, $to)";

    private const string InsertDenial = "INSERT OR IGNORE INTO denials (claim_id, from_id, type, to_id) VALUES ($claim, $from, $type, $to)";

    private const string InsertMention = "INSERT OR IGNORE INTO claim_mentions (entity_id, claim_id, reported_at) VALUES ($entity, $claim, $reportedAt)";

    /// <summary>Recomputes one relation from its live evidence; a relation left without claims disappears.</summary>
    private const string RecomputeRelation = """
        DELETE FROM relations WHERE from_id = $from AND type = $type AND to_id = $to;
        INSERT INTO relations (from_id, type, to_id, claim_count, hedged_count, first_reported, last_reported)
        SELECT a.from_id, a.type, a.to_id, COUNT(*), SUM(c.hedged), MIN(c.reported_at), MAX(c.reported_at)
        FROM assertions a JOIN claims c ON c.id = a.claim_id
        WHERE a.from_id = $from AND a.type = $type AND a.to_id = $to AND c.retracted = 0 AND c.negated = 0
        GROUP BY a.from_id, a.type, a.to_id;
        """;

    /// <inheritdoc />
    public Task<ImportResult> ImportAsync(ArticleGraph graph, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return WriteAsync(async (connection, transaction) =>
        {
            var articleId = graph.Article.Id;
            if (await ArticleExistsAsync(connection, transaction, articleId, cancellationToken).ConfigureAwait(false))
            {
                Log.ArticleAlreadyStored(_logger, articleId.Value);
                return new ImportResult(articleId, Created: false, 0, 0, 0);
            }

            // Entities of one article refer to each other in any order; check the references at commit.
            await using (var defer = Command(connection, "PRAGMA defer_foreign_keys = ON", transaction))
                await defer.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

            await InsertEntitiesAsync(connection, transaction, graph.Entities, cancellationToken).ConfigureAwait(false);
            await InsertArticleAsync(connection, transaction, graph.Article, cancellationToken).ConfigureAwait(false);
            await InsertClaimsAsync(connection, transaction, graph.Claims, cancellationToken).ConfigureAwait(false);
            var relations = graph.Claims.Where(c => !c.Negated)
                .SelectMany(c => c.Relations)
                .Select(r => new RelationKey(r.From, r.Type, r.To))
                .Distinct()
                .ToList();
            var (superseded, earlierKeys) = await SupersedeEarlierVersionsAsync(connection, transaction, graph.Article, cancellationToken).ConfigureAwait(false);
            await RecomputeRelationsAsync(connection, transaction, relations.Union(earlierKeys).ToList(), cancellationToken).ConfigureAwait(false);

            Log.ArticleImported(_logger, articleId.Value, graph.Entities.Count, graph.Claims.Count, relations.Count);
            return new ImportResult(articleId, Created: true, graph.Entities.Count, graph.Claims.Count, relations.Count) { Superseded = superseded };
        }, cancellationToken);
    }

    private static async Task<bool> ArticleExistsAsync(SqliteConnection connection, SqliteTransaction transaction, ArticleId id, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, "SELECT 1 FROM articles WHERE id = $id", transaction);
        command.Parameters.AddWithValue("$id", id.Value);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    private static async Task InsertEntitiesAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<Entity> entities, CancellationToken cancellationToken)
    {
        await using var upsert = Command(connection, UpsertEntity, transaction);
        await using var alias = Command(connection, InsertAlias, transaction);
        await using var search = Command(connection, RefreshEntitySearch, transaction);
        foreach (var entity in entities)
        {
            var columns = EntityColumns.Of(entity);
            upsert.Parameters.Clear();
            upsert.Parameters.AddWithValue("$id", entity.Id.Value);
            upsert.Parameters.AddWithValue("$kind", entity.Kind.ToString());
            upsert.Parameters.AddWithValue("$name", entity.Name);
            upsert.Parameters.AddWithValue("$nameKey", Fold.NameKey(entity.Name));
            upsert.Parameters.Add("$category", columns.Category);
            upsert.Parameters.Add("$title", columns.Title);
            upsert.Parameters.Add("$role", columns.Role);
            upsert.Parameters.Add("$organisation", columns.OrganisationId);
            upsert.Parameters.Add("$partOf", columns.PartOfId);
            upsert.Parameters.Add("$country", columns.CountryId);
            upsert.Parameters.Add("$iso", columns.IsoCode);
            await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

            foreach (var name in entity.Aliases.Prepend(entity.Name))
            {
                var key = Fold.NameKey(name);
                if (key.Length == 0)
                    continue;
                alias.Parameters.Clear();
                alias.Parameters.AddWithValue("$entity", entity.Id.Value);
                alias.Parameters.AddWithValue("$alias", name);
                alias.Parameters.AddWithValue("$key", key);
                await alias.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            search.Parameters.Clear();
            search.Parameters.AddWithValue("$entity", entity.Id.Value);
            await search.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task InsertArticleAsync(SqliteConnection connection, SqliteTransaction transaction, Article article, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, InsertArticle, transaction);
        command.Parameters.AddWithValue("$id", article.Id.Value);
        command.Parameters.AddWithValue("$body", article.Body);
        command.Parameters.Add("$title", article.Title);
        command.Parameters.Add("$url", article.Url);
        command.Parameters.Add("$outlet", article.Outlet);
        command.Parameters.Add("$published", StoredTime.Write(article.PublishedAt));
        command.Parameters.AddWithValue("$imported", StoredTime.Write(article.ImportedAt));
        command.Parameters.AddWithValue("$reported", StoredTime.Write(article.ReportedAt));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task InsertClaimsAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<Claim> claims, CancellationToken cancellationToken)
    {
        await using var insert = Command(connection, InsertClaim, transaction);
        await using var role = Command(connection, InsertRole, transaction);
        await using var assertion = Command(connection, InsertAssertion, transaction);
        await using var denial = Command(connection, InsertDenial, transaction);
        await using var mention = Command(connection, InsertMention, transaction);
        foreach (var claim in claims)
        {
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$id", claim.Id.Value);
            insert.Parameters.AddWithValue("$article", claim.Article.Value);
            insert.Parameters.AddWithValue("$text", claim.Text);
            insert.Parameters.AddWithValue("$start", claim.Span.Start);
            insert.Parameters.AddWithValue("$length", claim.Span.Length);
            insert.Parameters.AddWithValue("$form", claim.Form.ToString());
            insert.Parameters.Add("$speaker", claim.Speaker?.Value);
            insert.Parameters.Add("$speakerDescription", claim.SpeakerDescription);
            insert.Parameters.Add("$reportedBy", claim.ReportedBy?.Value);
            insert.Parameters.AddWithValue("$hedged", claim.Hedged ? 1 : 0);
            insert.Parameters.AddWithValue("$negated", claim.Negated ? 1 : 0);
            insert.Parameters.AddWithValue("$reportedAt", StoredTime.Write(claim.ReportedAt));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

            await InsertRolesAsync(role, claim.Id, "ABOUT", claim.About, cancellationToken).ConfigureAwait(false);
            await InsertRolesAsync(role, claim.Id, "PLACE", claim.Places, cancellationToken).ConfigureAwait(false);
            // A negated claim asserts nothing; the negation is kept on the claim itself.
            if (!claim.Negated)
                await InsertRelationsAsync(assertion, claim.Id, claim.Relations, cancellationToken).ConfigureAwait(false);
            await InsertRelationsAsync(denial, claim.Id, claim.Denied ?? [], cancellationToken).ConfigureAwait(false);
            foreach (var entity in ClaimMentions.Of(claim))
            {
                mention.Parameters.Clear();
                mention.Parameters.AddWithValue("$entity", entity.Value);
                mention.Parameters.AddWithValue("$claim", claim.Id.Value);
                mention.Parameters.AddWithValue("$reportedAt", StoredTime.Write(claim.ReportedAt));
                await mention.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task InsertRelationsAsync(SqliteCommand command, ClaimId claim, IReadOnlyList<RelationAssertion> relations, CancellationToken cancellationToken)
    {
        foreach (var relation in relations)
        {
            command.Parameters.Clear();
            command.Parameters.AddWithValue("$claim", claim.Value);
            command.Parameters.AddWithValue("$from", relation.From.Value);
            command.Parameters.AddWithValue("$type", relation.Type.Name());
            command.Parameters.AddWithValue("$to", relation.To.Value);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task InsertRolesAsync(SqliteCommand role, ClaimId claim, string kind, IReadOnlyList<EntityId> entities, CancellationToken cancellationToken)
    {
        for (var position = 0; position < entities.Count; position++)
        {
            role.Parameters.Clear();
            role.Parameters.AddWithValue("$claim", claim.Value);
            role.Parameters.AddWithValue("$role", kind);
            role.Parameters.AddWithValue("$entity", entities[position].Value);
            role.Parameters.AddWithValue("$position", position);
            await role.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task RecomputeRelationsAsync(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<RelationKey> relations, CancellationToken cancellationToken)
    {
        await using var recompute = Command(connection, RecomputeRelation, transaction);
        foreach (var relation in relations)
        {
            recompute.Parameters.Clear();
            recompute.Parameters.AddWithValue("$from", relation.From.Value);
            recompute.Parameters.AddWithValue("$type", relation.Type.Name());
            recompute.Parameters.AddWithValue("$to", relation.To.Value);
            await recompute.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
