package org.chokepoint.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.chokepoint.cli.Session;
import org.chokepoint.data.catalog.DataCatalog;
import org.chokepoint.data.catalog.DatasetImporter;
import org.chokepoint.data.catalog.StarterPack;
import org.chokepoint.data.pull.OfficialSources;
import org.chokepoint.data.workspace.Importers;
import org.chokepoint.data.workspace.Workspace;
import org.chokepoint.geo.CountryGroup;
import org.chokepoint.geo.CountryGroups;
import org.chokepoint.screening.lists.csl.ConsolidatedScreeningListImporter;
import org.chokepoint.screening.lists.dpl.DeniedPersonsImporter;
import org.chokepoint.screening.lists.meti.MetiList;
import org.chokepoint.screening.lists.meti.MetiListImporter;
import org.chokepoint.screening.lists.ofac.OfacSdnCsvImporter;
import org.chokepoint.screening.lists.ofac.OfacSdnXmlImporter;
import org.chokepoint.screening.lists.opensanctions.BisMieuImporter;
import org.chokepoint.screening.lists.opensanctions.ChinaSanctionsImporter;
import org.chokepoint.screening.lists.opensanctions.Dod1260hImporter;
import org.chokepoint.screening.lists.opensanctions.Eu833Importer;
import org.chokepoint.screening.lists.un.UnConsolidatedImporter;
import org.chokepoint.workspace.WorkspaceServices;
import org.chokepoint.workspace.audit.AuditKeys;
import org.chokepoint.workspace.audit.AuditLog;
import org.chokepoint.workspace.audit.AuditSink;
import org.chokepoint.workspace.db.Database;

/**
 * Builds the object graph for one data directory, by hand: configuration (validated first),
 * catalog, groups, importers and the workspace every command shares.
 */
public final class Application {
  private Application() {}

  /** How the command line opens a session: resolve the data directory, read config, wire. */
  public static Session.Opener opener(
      Map<String, String> env, String userHome, StarterPack starter) {
    return (dataDirOption, groupOptions) -> {
      List<CountryGroup> extra = new ArrayList<>();
      for (String g : groupOptions) {
        extra.add(ConfigLoader.parseGroupOption(g));
      }
      return open(DataDirectory.resolve(dataDirOption, env, userHome), extra, starter);
    };
  }

  /** Every importer: the data module's, and the restricted-party lists of the screening module. */
  static Importers importers() {
    List<DatasetImporter> all = new ArrayList<>(Importers.standard().listImporters());
    all.addAll(
        List.of(
            new OfacSdnCsvImporter(),
            new OfacSdnXmlImporter(),
            new UnConsolidatedImporter(),
            new ConsolidatedScreeningListImporter(),
            new DeniedPersonsImporter(),
            new Eu833Importer(),
            new ChinaSanctionsImporter(),
            new Dod1260hImporter(),
            new BisMieuImporter(),
            new MetiListImporter(MetiList.RUSSIA),
            new MetiListImporter(MetiList.BELARUS),
            new MetiListImporter(MetiList.THIRD_COUNTRIES)));
    return new Importers(all);
  }

  /**
   * @param dataDir the resolved data directory
   * @param extraGroups groups given on the command line, which replace same-named ones
   */
  public static Session open(Path dataDir, List<CountryGroup> extraGroups, StarterPack starter) {
    Path configFile = dataDir.resolve("config.yaml");
    ChokepointConfig config = ConfigLoader.load(configFile);
    List<CountryGroup> groups = new ArrayList<>(ConfigLoader.shippedGroups());
    groups.addAll(ConfigLoader.groupsOf(config, configFile.toString()));
    groups.addAll(extraGroups);
    DataCatalog catalog = new DataCatalog(dataDir, starter, Clock.systemUTC());
    Workspace workspace = new Workspace(catalog, new CountryGroups(groups), importers());
    Map<String, URI> sources = new LinkedHashMap<>(OfficialSources.builtIn());
    config.pull().sources().forEach((k, v) -> sources.put(k, URI.create(v)));
    return new Session(
        dataDir,
        workspace,
        config.defaults().perspective(),
        config.defaults().concern(),
        Duration.ofSeconds(config.pull().timeoutSeconds()),
        sources,
        config.screening().thresholds(),
        log -> workspaceServices(dataDir, config, log),
        config.server().trustsForwardedProto(),
        log -> database(dataDir, config.database(), log));
  }

  /**
   * The workspace database of a data directory, its migrations applied, with its services: the
   * configured server when {@code database.url} is set, else the embedded one in {@code
   * DATA_DIR/postgres}.
   */
  static WorkspaceServices workspaceServices(
      Path dataDir, ChokepointConfig config, Consumer<String> log) {
    Database db = database(dataDir, config.database(), log);
    try {
      return new WorkspaceServices(
          db, auditSink(dataDir, db), Clock.systemUTC(), config.disclosure().rulesOrDefault());
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /**
   * The workspace database of a data directory, its migrations applied: the configured server when
   * {@code database.url} is set, else the embedded one in {@code DATA_DIR/postgres}.
   */
  static Database database(
      Path dataDir, ChokepointConfig.DatabaseSettings settings, Consumer<String> log) {
    return settings.url() == null || settings.url().isBlank()
        ? WorkspaceDatabase.open(dataDir, log)
        : Database.external(settings.url(), settings.user(), settings.password());
  }

  /**
   * Where accountable events go: the tamper-evident audit log in the workspace database (RFC 9162
   * Merkle tree, checkpoints signed with the key kept in {@code DATA_DIR/audit}).
   */
  static AuditSink auditSink(Path dataDir, Database db) {
    return AuditLog.open(db.dataSource(), AuditKeys.folderOf(dataDir));
  }
}
