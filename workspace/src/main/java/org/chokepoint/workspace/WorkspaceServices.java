package org.chokepoint.workspace;

import java.time.Clock;
import org.chokepoint.workspace.account.LoginThrottle;
import org.chokepoint.workspace.account.OrganisationStore;
import org.chokepoint.workspace.account.PasswordHasher;
import org.chokepoint.workspace.account.SessionStore;
import org.chokepoint.workspace.account.SharingGroupStore;
import org.chokepoint.workspace.account.TokenStore;
import org.chokepoint.workspace.account.UserStore;
import org.chokepoint.workspace.admin.AdminService;
import org.chokepoint.workspace.assessment.AssessmentService;
import org.chokepoint.workspace.assessment.AssessmentStore;
import org.chokepoint.workspace.assessment.JointService;
import org.chokepoint.workspace.assessment.JointStore;
import org.chokepoint.workspace.audit.AuditSink;
import org.chokepoint.workspace.auth.Authenticator;
import org.chokepoint.workspace.contribution.ContributionService;
import org.chokepoint.workspace.contribution.ContributionStore;
import org.chokepoint.workspace.contribution.PooledService;
import org.chokepoint.workspace.crisis.CrisisReminders;
import org.chokepoint.workspace.crisis.CrisisService;
import org.chokepoint.workspace.crisis.CrisisStore;
import org.chokepoint.workspace.db.Database;
import org.chokepoint.workspace.label.RecipientResolver;
import org.chokepoint.workspace.policy.AccessPolicy;

/**
 * Everything of the workspace wired on one database and one audit sink: the stores, the access
 * policy, authentication and the assessment service. The command line and the server build it once.
 */
public final class WorkspaceServices implements AutoCloseable {
  private final Database database;
  private final AuditSink audit;
  private final OrganisationStore organisations;
  private final UserStore users;
  private final TokenStore tokens;
  private final SessionStore sessions;
  private final SharingGroupStore groups;
  private final AccessPolicy policy;
  private final Authenticator authenticator;
  private final AssessmentService assessments;
  private final JointService joint;
  private final AdminService admin;
  private final CrisisService crisis;
  private final CrisisReminders crisisReminders;
  private final ContributionStore contributionStore;
  private final ContributionService contributions;
  private final PooledService pooled;

  public WorkspaceServices(Database database, AuditSink audit, Clock clock) {
    this(database, audit, clock, PooledService.DEFAULT_RULES);
  }

  /**
   * @param disclosureRules the primary disclosure rules of pooled views ({@code disclosure.rules}
   *     of the configuration; never shown to recipients)
   */
  public WorkspaceServices(
      Database database, AuditSink audit, Clock clock, String disclosureRules) {
    this.database = database;
    this.audit = audit;
    var ds = database.dataSource();
    PasswordHasher hasher = new PasswordHasher();
    this.organisations = new OrganisationStore(ds);
    this.users = new UserStore(ds, hasher);
    this.tokens = new TokenStore(ds, clock);
    this.sessions = new SessionStore(ds, clock);
    this.groups = new SharingGroupStore(ds);
    this.policy = new AccessPolicy();
    this.authenticator =
        new Authenticator(
            users,
            organisations,
            sessions,
            tokens,
            new LoginThrottle(ds, clock),
            hasher,
            audit,
            clock);
    AssessmentStore assessmentStore = new AssessmentStore(ds);
    JointStore jointStore = new JointStore(ds);
    this.assessments =
        new AssessmentService(
            assessmentStore,
            jointStore,
            organisations,
            new RecipientResolver(organisations, groups, users),
            policy,
            audit,
            clock);
    this.joint =
        new JointService(
            assessments, assessmentStore, jointStore, organisations, policy, audit, clock);
    this.admin = new AdminService(organisations, users, tokens, policy, audit, clock);
    CrisisStore crisisStore = new CrisisStore(ds);
    this.crisis = new CrisisService(crisisStore, organisations, assessments, policy, audit, clock);
    this.crisisReminders = new CrisisReminders(crisisStore, audit, clock);
    this.contributionStore = new ContributionStore(ds);
    this.contributions =
        new ContributionService(contributionStore, organisations, policy, audit, clock);
    this.pooled =
        new PooledService(contributionStore, organisations, policy, audit, clock, disclosureRules);
  }

  public Database database() {
    return database;
  }

  public AuditSink audit() {
    return audit;
  }

  public OrganisationStore organisations() {
    return organisations;
  }

  public UserStore users() {
    return users;
  }

  public TokenStore tokens() {
    return tokens;
  }

  public SessionStore sessions() {
    return sessions;
  }

  public SharingGroupStore sharingGroups() {
    return groups;
  }

  public AccessPolicy policy() {
    return policy;
  }

  public Authenticator authenticator() {
    return authenticator;
  }

  public AssessmentService assessments() {
    return assessments;
  }

  /** Joint assessments: drafts, invitations, comments, sign-offs and published versions. */
  public JointService joint() {
    return joint;
  }

  /** Administration for signed-in admins and token owners, as the API offers it. */
  public AdminService admin() {
    return admin;
  }

  /** Crisis requests (Article 12 of the IPEF supply-chain agreement). */
  public CrisisService crisis() {
    return crisis;
  }

  /** The day-10 reminders of crisis requests, run once or periodically. */
  public CrisisReminders crisisReminders() {
    return crisisReminders;
  }

  /** Firms' confidential supplier maps (docs/methods/pooled-contributions.md). */
  public ContributionService contributions() {
    return contributions;
  }

  /** Pooled views of the contributions under disclosure control. */
  public PooledService pooled() {
    return pooled;
  }

  /** Closes the audit sink (waiting for the batch being written) and then the database. */
  @Override
  public void close() {
    crisisReminders.close();
    try {
      if (audit instanceof AutoCloseable c) {
        c.close();
      }
    } catch (Exception e) {
      throw new IllegalStateException("closing the audit log: " + e.getMessage(), e);
    } finally {
      database.close();
    }
  }
}
