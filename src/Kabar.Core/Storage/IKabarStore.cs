using Kabar.Extraction.TextDump;
using Kabar.Model;
using Kabar.Stories;

namespace Kabar.Storage;

/// <summary>
/// Kabar's corpus: the raw input, every stage's output (article, annotation, cluster features),
/// the article -> event -> story assignments, and the stories. SQLite implements it for a file
/// (<see cref="Sqlite.SqliteKabarStore"/>, one <see cref="Sql.SqlStore"/> over a dialect), PostgreSQL for a shared server
/// (<see cref="Postgres.PostgresKabarStore"/>); <see cref="StoreFactory"/> opens the one a location
/// names. Reads are safe while another process writes; writes go through one
/// <see cref="IStoreWriter"/> at a time, across processes.
/// </summary>
public interface IKabarStore : IDisposable
{
    /// <summary>Where the store is, as a person would name it (a file path, <c>:memory:</c>, or a postgres:// URI without its password).</summary>
    string Location { get; }

    /// <summary>True when a page with this content hash (raw bytes) is stored, article or failure.</summary>
    bool ContainsContent(string contentHash);

    /// <summary>
    /// Starts the one write transaction of this store: it waits for another writer (another
    /// process) to finish, and nothing it wrote is visible or kept until <see cref="IStoreWriter.Commit"/>.
    /// </summary>
    IStoreWriter BeginWrite();

    StoreCounts Counts();

    /// <summary>Stored cluster features in stored order, after article <paramref name="afterArticleId"/>: replaying them rebuilds the story engine.</summary>
    IEnumerable<StoredFeatures> Features(long afterArticleId = 0);

    /// <summary>The clustering as stored: every event with its story, every clustered article's event, every story id.</summary>
    StoredClusters Clusters();

    /// <summary>
    /// The document frequencies of the clustered articles, as <see cref="IStoreWriter.AddFrequencies"/> added
    /// them; empty in a store clustered before it kept them (a replay of every article counts them again).
    /// </summary>
    FrequencyCounts Frequencies();

    /// <summary>
    /// What a restarted story engine replays (<see cref="Ingestion.StoredClustering"/>): the features, in
    /// stored order, of every article of each event that has an article published at most
    /// <paramref name="days"/> days before the newest stored or among the last <paramref name="recentArticles"/>
    /// stored, and of every article not clustered; with those articles' clustering. Its cost follows the
    /// window (through an index on the publish day), not the store.
    /// </summary>
    StoredWindow Window(double days, long recentArticles);

    /// <summary>
    /// The stored events a late article may belong to (<see cref="Ingestion.StoredFrozenEvents"/>): those with an
    /// article published from <paramref name="from"/> to <paramref name="to"/> whose stored features name one of
    /// <paramref name="keys"/> (stems and entities, unprefixed), the events with most such articles first, at most
    /// <paramref name="maxEvents"/> and <paramref name="maxArticles"/> articles in all (an event that would pass it is
    /// left out). Its cost follows the articles of those days (through the index on the publish day), not the store.
    /// </summary>
    IReadOnlyList<StoredEvent> EventsAbout(DateOnly from, DateOnly to, IReadOnlyList<string> keys, int maxEvents, int maxArticles);

    /// <summary>Every stored page with its raw bytes, in stored order (for re-extraction).</summary>
    IEnumerable<StoredPage> Pages();

    /// <summary>Stored articles in stored order, after article <paramref name="afterArticleId"/>.</summary>
    IEnumerable<StoredArticle> Articles(long afterArticleId = 0);

    /// <summary>One stored article, or null when there is none with that id.</summary>
    StoredArticle? Article(long articleId);

    /// <summary>The stored article with its annotation, or null when there is none.</summary>
    AnnotatedArticle? Annotated(long articleId);

    /// <summary>Pages that extraction rejected, with the reason.</summary>
    IEnumerable<StoredFailure> Failures();

    /// <summary>Every story, newest activity first.</summary>
    IReadOnlyList<StorySummary> Stories();

    StorySummary? Story(string storyId);

    /// <summary>The story of one article, null when it is not clustered.</summary>
    StorySummary? StoryOfArticle(long articleId);

    /// <summary>
    /// A story's events (with their articles' sources, earliest event first) as the brief builder
    /// takes them, and its <paramref name="maxArticles"/> earliest annotated articles.
    /// </summary>
    StoryContents? Contents(string storyId, int maxArticles = int.MaxValue);

    /// <summary>A value the store keeps about itself (the search index generation, ...), null when unset.</summary>
    string? Setting(string key);

    /// <summary>
    /// What the stored text dumps taught template learning: per outlet, the pages counted and the
    /// pages each short normalised line was on (every stored page counted once). Given a run's own
    /// counts, only the stored lines that can change what the two decide together are read
    /// (<see cref="TemplateCounts.CanDecide"/>): the lines of an archive's pages, most seen once, stay
    /// on disk, so a run's memory does not grow with the store. Without, every line is read.
    /// </summary>
    TemplateCounts TemplateCounts(TemplateCounts? run = null);
}

/// <summary>One write transaction. Dispose without <see cref="Commit"/> and nothing it did is kept.</summary>
public interface IStoreWriter : IDisposable
{
    /// <summary>Stores a page's raw bytes; returns its id, or null when a page with the same content is already stored.</summary>
    long? AddPage(RawDocument document, string contentHash, DateTimeOffset ingestedAt);

    /// <summary>Records that extraction rejected the page (its raw bytes stay stored).</summary>
    void SetFailure(long pageId, string reason);

    /// <summary>Stores the article of a page in the forms made for it before the transaction (replacing any earlier one of that page); returns the article id.</summary>
    long PutArticle(long pageId, Article article, StoredForms forms);

    /// <summary>Stores the article of a page with its annotation and features, serialised here; returns the article id.</summary>
    long PutArticle(long pageId, AnnotatedArticle article, ArticleFeatures features) => PutArticle(pageId, article.Article, StoredForms.Of(article, features));

    /// <summary>Removes the article of a page (it failed on re-extraction).</summary>
    void RemoveArticle(long pageId);

    void AssignEvent(long articleId, string eventId);

    /// <summary>Records an event and its story (creating or updating it).</summary>
    void PutEvent(string eventId, string storyId);

    /// <summary>Removes an event that is gone (merged into another); its articles have been assigned elsewhere (one that still has articles stays).</summary>
    void RemoveEvent(string eventId);

    /// <summary>Marks a story as changed at <paramref name="at"/>, creating its row when new.</summary>
    void TouchStory(string storyId, DateTimeOffset at);

    /// <summary>Removes a story that no longer has events (merged into another, or renamed); kept while a stored event still names it.</summary>
    void RemoveStory(string storyId);

    /// <summary>A story merged into another: every stored event of <paramref name="gone"/> (frozen ones the engine no longer holds too) moves to <paramref name="into"/>, and <paramref name="gone"/> is removed.</summary>
    void MoveStory(string gone, string into);

    /// <summary>Adds the document frequencies of articles this transaction clustered to the stored ones.</summary>
    void AddFrequencies(FrequencyCounts counts);

    /// <summary>Forgets every event and story assignment and the document frequencies (before clustering again from scratch).</summary>
    void ClearClusters();

    void SetSetting(string key, string value);

    /// <summary>Adds the template counts of pages this transaction stores to their outlets' counts.</summary>
    void AddTemplateCounts(TemplateCounts counts);

    /// <summary>Forgets every template count (before counting every stored page again).</summary>
    void ClearTemplateCounts();

    void Commit();
}
