using Kabar.Storage.Sql;

namespace Kabar.Storage.Sqlite;

/// <summary>
/// The versioned schema of a Kabar SQLite store. Each migration runs once, in order, in its own
/// transaction, and is recorded in <c>schema_migrations</c>; a store whose newest recorded version
/// is above <see cref="Latest"/> was written by a newer Kabar and is refused, never downgraded.
/// Add a migration at the end; never edit one that has shipped.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>'KBAR' in the SQLite header (<c>PRAGMA application_id</c>): how a Kabar file is told from other SQLite files.</summary>
    public const int ApplicationId = 0x4B424152;

    public static readonly IReadOnlyList<SqlMigration> Migrations =
    [
        new(1, "corpus: raw pages, articles with stage outputs, events, stories", """
            CREATE TABLE kabar_meta (
                key   TEXT PRIMARY KEY,
                value TEXT NOT NULL
            );
            -- Every page that came in, with its raw bytes; failure is the reason when extraction rejected it.
            CREATE TABLE pages (
                id           INTEGER PRIMARY KEY,
                content_hash TEXT NOT NULL UNIQUE,
                source       TEXT NOT NULL,
                url          TEXT,
                charset      TEXT,
                fetched      TEXT,
                raw          BLOB NOT NULL,
                ingested_at  TEXT NOT NULL,
                failure      TEXT
            );
            -- One article per page that extraction accepted, with each stage's output.
            CREATE TABLE articles (
                id            INTEGER PRIMARY KEY,
                page_id       INTEGER NOT NULL UNIQUE REFERENCES pages(id),
                source        TEXT NOT NULL,
                outlet        TEXT,
                title         TEXT NOT NULL,
                published_day TEXT,
                published_key TEXT,
                lead          TEXT NOT NULL,
                article_json  TEXT NOT NULL,
                annotation    BLOB NOT NULL,
                features      TEXT NOT NULL,
                event_id      TEXT
            );
            CREATE INDEX articles_event ON articles(event_id);
            CREATE TABLE events (
                id       TEXT PRIMARY KEY,
                story_id TEXT NOT NULL
            );
            CREATE INDEX events_story ON events(story_id);
            CREATE TABLE stories (
                id         TEXT PRIMARY KEY,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            );
            """),
        new(2, "template counts: per outlet, text dumps counted and pages per short line", """
            -- What template learning knows of each outlet (key: its domain or name, '' when unknown).
            CREATE TABLE template_outlets (
                outlet TEXT PRIMARY KEY,
                pages  INTEGER NOT NULL
            );
            -- On how many of an outlet's pages each short normalised line was.
            CREATE TABLE template_lines (
                outlet TEXT NOT NULL,
                line   TEXT NOT NULL,
                pages  INTEGER NOT NULL,
                PRIMARY KEY (outlet, line)
            );
            """),
        new(3, "story window: document frequencies of the clustered articles, articles by publish day", """
            -- How many clustered articles hold each stem ('t:' + stem) and entity ('e:' + name); the row
            -- 'articles' counts the articles. A restarted story engine replays only its window and takes
            -- the IDF of the rest from here (StoredClustering). Empty in a store clustered before it existed.
            CREATE TABLE frequencies (
                key      TEXT PRIMARY KEY,
                articles INTEGER NOT NULL
            );
            -- The window a restarted story engine replays is found by publish day.
            CREATE INDEX articles_published ON articles(published_day);
            """),
    ];
}
