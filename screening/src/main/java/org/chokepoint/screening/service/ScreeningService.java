package org.chokepoint.screening.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.chokepoint.provenance.Provenance;
import org.chokepoint.screening.ListedEntity;
import org.chokepoint.screening.ListedName;
import org.chokepoint.screening.Schema;
import org.chokepoint.screening.index.NameIndex;
import org.chokepoint.screening.match.Decision;
import org.chokepoint.screening.match.Explanation;
import org.chokepoint.screening.match.NameMatch;
import org.chokepoint.screening.match.NameMatcher;
import org.chokepoint.screening.match.NamePreparer;
import org.chokepoint.screening.match.PreparedName;
import org.chokepoint.screening.match.QueryCache;
import org.chokepoint.screening.match.Thresholds;
import org.chokepoint.screening.match.WordIds;

/**
 * Screens names against lists: every name and alias of every entry is prepared once and filed in a
 * {@link NameIndex}; a query is prepared, its {@link #CANDIDATES} likeliest names are scored with
 * the {@link NameMatcher}, entries whose kind cannot be the query's kind are left out (a person
 * never matches a vessel), and each entry is reported once, with its best-scoring name, the list
 * version it comes from and an explanation. A match on a weak alias (a name the list itself calls
 * low-quality) is reported as review at most. Thread-safe.
 */
public final class ScreeningService {
  /** How many candidate names a query is scored against. */
  public static final int CANDIDATES = 64;

  private final List<ScreeningList> lists;
  private final Thresholds thresholds;
  private final NamePreparer preparer;
  private final NameMatcher matcher;
  private final NameIndex index;
  private final int[] nameEntity;
  private final ListedName[] listedNames;
  private final ListedEntity[] entities;
  private final int[] entityList;
  private final int[][] wordIds;
  private final ThreadLocal<QueryCache> caches;

  public ScreeningService(List<ScreeningList> lists, Thresholds thresholds) {
    this(lists, thresholds, NamePreparer.standard(), NameMatcher.standard());
  }

  public ScreeningService(
      List<ScreeningList> lists,
      Thresholds thresholds,
      NamePreparer preparer,
      NameMatcher matcher) {
    this.lists = List.copyOf(lists);
    this.thresholds = thresholds;
    this.preparer = preparer;
    this.matcher = matcher;
    List<ListedEntity> es = new ArrayList<>();
    List<Integer> el = new ArrayList<>();
    List<Integer> ne = new ArrayList<>();
    List<ListedName> ln = new ArrayList<>();
    for (int l = 0; l < this.lists.size(); l++) {
      for (ListedEntity e : this.lists.get(l).entities()) {
        for (ListedName n : e.names()) {
          ne.add(es.size());
          ln.add(n);
        }
        es.add(e);
        el.add(l);
      }
    }
    this.entities = es.toArray(ListedEntity[]::new);
    this.entityList = el.stream().mapToInt(Integer::intValue).toArray();
    this.nameEntity = ne.stream().mapToInt(Integer::intValue).toArray();
    this.listedNames = ln.toArray(ListedName[]::new);
    PreparedName[] prepared = new PreparedName[listedNames.length];
    IntStream.range(0, prepared.length)
        .parallel()
        .forEach(
            i ->
                prepared[i] =
                    preparer.prepare(listedNames[i].name(), entities[nameEntity[i]].schema()));
    this.index = NameIndex.build(List.of(prepared));
    WordIds words = new WordIds();
    this.wordIds = new int[prepared.length][];
    for (int i = 0; i < prepared.length; i++) {
      wordIds[i] = words.of(prepared[i]);
    }
    int distinct = words.size();
    this.caches = ThreadLocal.withInitial(() -> matcher.cache(distinct));
  }

  public Thresholds thresholds() {
    return thresholds;
  }

  /** The list versions loaded, in order. */
  public List<Provenance> lists() {
    return lists.stream().map(ScreeningList::provenance).toList();
  }

  /** Number of names (primary names and aliases) indexed. */
  public int names() {
    return listedNames.length;
  }

  /** Number of entries on all lists. */
  public int entries() {
    return entities.length;
  }

  /** Screens one name; hits reach the review threshold. */
  public ScreeningResult screen(ScreeningQuery query) {
    PreparedName p = preparer.prepare(query.name(), query.schema());
    List<ScreeningHit> hits = new ArrayList<>();
    for (Scored s : rank(p, query, false)) {
      if (s.score() < thresholds.review() || hits.size() >= query.limit()) {
        break;
      }
      hits.add(hit(p, s));
    }
    Decision d = hits.isEmpty() ? Decision.NO_MATCH : hits.get(0).decision();
    List<Provenance> used =
        lists.stream()
            .filter(l -> query.lists().isEmpty() || query.lists().contains(l.name()))
            .map(ScreeningList::provenance)
            .toList();
    return new ScreeningResult(query, p, hits, d, used);
  }

  /**
   * Screens many names in parallel, results in the order of the queries.
   *
   * @param progress called with the number of names screened so far, every {@code every} names
   */
  public List<ScreeningResult> screenAll(
      List<ScreeningQuery> queries, int every, java.util.function.IntConsumer progress) {
    ScreeningResult[] results = new ScreeningResult[queries.size()];
    java.util.concurrent.atomic.AtomicInteger done =
        new java.util.concurrent.atomic.AtomicInteger();
    IntStream.range(0, queries.size())
        .parallel()
        .forEach(
            i -> {
              results[i] = screen(queries.get(i));
              int n = done.incrementAndGet();
              if (every > 0 && n % every == 0) {
                progress.accept(n);
              }
            });
    return List.of(results);
  }

  /** The loaded list versions a selection of dataset names screens against (empty: all). */
  public List<Provenance> lists(java.util.Collection<String> selection) {
    return lists.stream()
        .filter(l -> selection.isEmpty() || selection.contains(l.name()))
        .map(ScreeningList::provenance)
        .toList();
  }

  /**
   * Every entry the query could match, best first, with its best name's score: from the index's
   * candidates, or (for measuring what the index loses) from every name.
   */
  public List<Scored> rank(PreparedName p, ScreeningQuery query, boolean exhaustive) {
    return rank(p, query, exhaustive, true);
  }

  /**
   * {@link #rank} the plain way: the index's weak candidates go through its heap before being cut,
   * and every candidate is scored on its own, without the query's cache of word similarities. The
   * quick way must give exactly this (a test checks it on the development sets).
   */
  public List<Scored> rankPlain(PreparedName p, ScreeningQuery query, boolean exhaustive) {
    return rank(p, query, exhaustive, false);
  }

  private List<Scored> rank(
      PreparedName p, ScreeningQuery query, boolean exhaustive, boolean quick) {
    int[] ids =
        exhaustive
            ? IntStream.range(0, listedNames.length).toArray()
            : index.candidates(p, CANDIDATES, quick);
    Map<Integer, Scored> best = new HashMap<>();
    QueryCache cache = quick ? caches.get() : null;
    if (quick) {
      cache.start(p);
    }
    for (int id : ids) {
      int e = nameEntity[id];
      ListedEntity entity = entities[e];
      if (!entity.schema().compatibleWith(query.schema())
          || !query.lists().isEmpty() && !query.lists().contains(lists.get(entityList[e]).name())) {
        continue;
      }
      double score =
          quick
              ? matcher.score(p, index.name(id), wordIds[id], cache)
              : matcher.score(p, index.name(id));
      Scored old = best.get(e);
      if (old == null || score > old.score() || score == old.score() && id < old.nameId()) {
        best.put(e, new Scored(e, id, score));
      }
    }
    List<Scored> out = new ArrayList<>(best.values());
    out.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::nameId));
    return out;
  }

  /** An entry's best score for a query. */
  public record Scored(int entity, int nameId, double score) {}

  /** The entry behind a scored result. */
  public ListedEntity entity(Scored s) {
    return entities[s.entity()];
  }

  /** Compares two names directly (the {@code screen pairs} evaluation interface). */
  public PairResult compare(String a, String b, Schema schema) {
    return comparePair(preparer, matcher, thresholds, a, b, schema);
  }

  /** Compares two names without any list. */
  public static PairResult comparePair(
      NamePreparer preparer, NameMatcher matcher, Thresholds t, String a, String b, Schema schema) {
    PreparedName x = preparer.prepare(a, schema);
    PreparedName y = preparer.prepare(b, schema);
    NameMatch m = matcher.compare(x, y);
    Decision d = t.decide(m.score());
    return new PairResult(m.score(), d, m, Explanation.of(x, y, m, d, t));
  }

  private ScreeningHit hit(PreparedName p, Scored s) {
    PreparedName listed = index.name(s.nameId());
    NameMatch m = matcher.compare(p, listed);
    ListedName name = listedNames[s.nameId()];
    Decision d = thresholds.decide(m.score());
    String why = Explanation.of(p, listed, m, d, thresholds);
    if (d == Decision.MATCH && name.kind() == ListedName.Kind.WEAK_ALIAS) {
      d = Decision.REVIEW;
      why +=
          " The matched name is a weak alias (the list calls it low-quality), so this is a review.";
    }
    int e = s.entity();
    return new ScreeningHit(
        entities[e], name, lists.get(entityList[e]).provenance(), m.score(), d, m, why);
  }
}
