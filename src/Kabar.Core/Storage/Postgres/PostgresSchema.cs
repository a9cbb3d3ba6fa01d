using Kabar.Storage.Sql;

namespace Kabar.Storage.Postgres;

/// <summary>
/// The versioned schema of a Kabar store on PostgreSQL, in a schema of its own (<c>kabar</c> by
/// default) so the database may hold other tables. Each migration runs once, in order, under an
/// advisory lock (two processes creating the same store do not race), and is recorded in
/// <c>schema_migrations</c>; a store whose newest version is above <see cref="Latest"/> was
/// written by a newer Kabar and is refused, never downgraded. Add a migration at the end; never
/// edit one that has shipped. The columns mirror the SQLite store's, with PostgreSQL's types.
/// </summary>
internal static class PostgresSchema
{
    public static readonly IReadOnlyList<SqlMigration> Migrations =
    [
        new(1, "corpus: raw pages, articles with stage outputs and search terms, events, stories", """
            CREATE TABLE kabar_meta (
                key   text PRIMARY KEY,
                value text NOT NULL
            );
            -- Every page that came in, with its raw bytes; failure is the reason when extraction rejected it.
            -- Ids and sources compare byte-wise (COLLATE "C"), as SQLite and the C# code order them.
            CREATE TABLE pages (
                id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                content_hash text NOT NULL UNIQUE,
                source       text COLLATE "C" NOT NULL,
                url          text,
                charset      text,
                fetched      timestamptz,
                raw          bytea NOT NULL,
                ingested_at  timestamptz NOT NULL,
                failure      text
            );
            -- One article per page that extraction accepted, with each stage's output. search holds
            -- the stems Lucene's Indonesian analyzer made of the title (weight A) and body, written
            -- in the same transaction as the article, so search is right with any number of writers.
            CREATE TABLE articles (
                id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                page_id       bigint NOT NULL UNIQUE REFERENCES pages(id),
                source        text COLLATE "C" NOT NULL,
                outlet        text COLLATE "C",
                title         text NOT NULL,
                published_day date,
                published_key timestamptz,
                lead          text NOT NULL,
                article_json  text NOT NULL,
                annotation    bytea NOT NULL,
                features      text NOT NULL,
                event_id      text COLLATE "C",
                search        tsvector NOT NULL
            );
            CREATE INDEX articles_event ON articles(event_id);
            CREATE INDEX articles_search ON articles USING gin(search);
            CREATE INDEX articles_outlet ON articles(lower(outlet));
            CREATE TABLE events (
                id       text COLLATE "C" PRIMARY KEY,
                story_id text COLLATE "C" NOT NULL
            );
            CREATE INDEX events_story ON events(story_id);
            CREATE TABLE stories (
                id         text COLLATE "C" PRIMARY KEY,
                created_at timestamptz NOT NULL,
                updated_at timestamptz NOT NULL
            );
            """),
        new(2, "template counts: per outlet, text dumps counted and pages per short line", """
            -- What template learning knows of each outlet (key: its domain or name, '' when unknown).
            CREATE TABLE template_outlets (
                outlet text COLLATE "C" PRIMARY KEY,
                pages  bigint NOT NULL
            );
            -- On how many of an outlet's pages each short normalised line was.
            CREATE TABLE template_lines (
                outlet text COLLATE "C" NOT NULL,
                line   text COLLATE "C" NOT NULL,
                pages  bigint NOT NULL,
                PRIMARY KEY (outlet, line)
            );
            """),
        new(3, "story window: document frequencies of the clustered articles, articles by publish day", """
            -- How many clustered articles hold each stem ('t:' + stem) and entity ('e:' + name); the row
            -- 'articles' counts the articles. A restarted story engine replays only its window and takes
            -- the IDF of the rest from here (StoredClustering). Empty in a store clustered before it existed.
            CREATE TABLE frequencies (
                key      text COLLATE "C" PRIMARY KEY,
                articles bigint NOT NULL
            );
            -- The window a restarted story engine replays is found by publish day.
            CREATE INDEX articles_published ON articles(published_day);
            """),
    ];
}
