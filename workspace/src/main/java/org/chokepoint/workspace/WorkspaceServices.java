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

  public WorkspaceServices(Database database, AuditSink audit, Clock clock) {
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

  /** Closes the audit sink (waiting for the batch being written) and then the database. */
  @Override
  public void close() {
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
