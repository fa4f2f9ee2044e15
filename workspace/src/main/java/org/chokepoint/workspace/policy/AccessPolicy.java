package org.chokepoint.workspace.policy;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.chokepoint.workspace.account.Organisation;
import org.chokepoint.workspace.account.OrganisationKind;
import org.chokepoint.workspace.account.Role;
import org.chokepoint.workspace.account.TokenScope;
import org.chokepoint.workspace.label.LabelledObject;
import org.chokepoint.workspace.label.TlpLabel;

/**
 * The one place that decides who may do what: every read, write, list, search, export and share of
 * a labelled object, every creation, and every call of an endpoint. Handlers and services ask; they
 * never decide. Decisions are pure functions of the principal and the object (no database access),
 * so they cost microseconds and are the same wherever they are asked.
 *
 * <p>The rules (DECISIONS D-ws-2 and D-ws-3):
 *
 * <ul>
 *   <li>who can <em>read</em> an object (and so list, search and export it) follows its TLP label:
 *       CLEAR everyone; GREEN every member of any organisation; AMBER members of the owner and of
 *       the recipient organisations; AMBER+STRICT members of the owner organisation; RED the author
 *       and the named users. Every role, viewer included, reads;
 *   <li><em>write</em> needs read and analyst or more in the owner organisation;
 *   <li><em>share</em> (recipients or label, widening or narrowing) needs read and contributor or
 *       admin in the owner organisation;
 *   <li><em>create</em> in an organisation needs analyst or more there;
 *   <li>anything that changes state needs a credential with write scope (a read-only token cannot).
 * </ul>
 */
public final class AccessPolicy {

  /** A decision and why, for the audit log. */
  public record Decision(boolean allowed, String reason) {
    static final Decision ALLOW_LABEL = new Decision(true, "label");
    static final Decision DENY_LABEL = new Decision(false, "label");
  }

  /** Decides an action on an object. */
  public Decision decide(Principal p, Action action, LabelledObject o) {
    if (action.changes() && p.scope() != TokenScope.READ_WRITE) {
      return new Decision(false, "read-only credential");
    }
    if (!readable(p, o)) {
      return Decision.DENY_LABEL;
    }
    return switch (action) {
      case READ, LIST, SEARCH, EXPORT -> Decision.ALLOW_LABEL;
      case WRITE -> roleInOwner(p, o, Role.ANALYST);
      case SHARE -> roleInOwner(p, o, Role.CONTRIBUTOR);
    };
  }

  /** Whether {@code p} may read {@code o}. */
  public boolean readable(Principal p, LabelledObject o) {
    TlpLabel label = o.label();
    if (label == TlpLabel.CLEAR) {
      return true;
    }
    if (p.isAnonymous()) {
      return false;
    }
    return switch (label) {
      case GREEN -> !p.roles().isEmpty();
      case AMBER -> {
        if (p.roles().containsKey(o.ownerOrganisation())) {
          yield true;
        }
        for (Long org : o.recipientOrganisations()) {
          if (p.roles().containsKey(org)) {
            yield true;
          }
        }
        yield false;
      }
      case AMBER_STRICT -> p.roles().containsKey(o.ownerOrganisation());
      case RED -> p.userId() == o.author() || o.recipientUsers().contains(p.userId());
      case CLEAR -> true;
    };
  }

  /**
   * Decides a comment or a sign-off on a joint assessment for {@code organisation}: the caller
   * reads the object, holds a write credential, and has the analyst role or more in {@code
   * organisation}, which takes part in the assessment (DECISIONS D-joint-2).
   *
   * @param participants the participating organisations, the owner included
   */
  public Decision decideJoint(
      Principal p, LabelledObject o, Set<Long> participants, long organisation) {
    if (p.scope() != TokenScope.READ_WRITE) {
      return new Decision(false, "read-only credential");
    }
    if (!readable(p, o)) {
      return Decision.DENY_LABEL;
    }
    if (!participants.contains(organisation)) {
      return new Decision(false, "organisation does not take part");
    }
    Optional<Role> r = p.role(organisation);
    return r.isPresent() && r.get().atLeast(Role.ANALYST)
        ? new Decision(true, "role " + r.get().id() + " in a participating organisation")
        : new Decision(false, "needs analyst or more in a participating organisation");
  }

  /**
   * Decides a read of unlabelled private work a user submitted (a scenario job): only its submitter
   * reads it, the same user by whatever credential (session, token, single-user mode). Work
   * submitted without an account ({@code submitter} 0, a server without accounts) is read only
   * without an account. Members of the submitter's organisation do not read it: the work carries no
   * label saying it may be shared, so it is treated as {@code TLP:RED} with no recipients
   * (DECISIONS D-ws-8).
   *
   * @param submitter the submitting user's id, 0 when anonymous
   */
  public Decision decideSubmitted(Principal p, long submitter) {
    return p.userId() == submitter ? SUBMITTER : NOT_SUBMITTER;
  }

  private static final Decision SUBMITTER = new Decision(true, "submitter");
  private static final Decision NOT_SUBMITTER = new Decision(false, "not the submitter");

  /**
   * Decides taking part in an object addressed to organisations, such as a crisis request
   * (responding, linking an analysis, scheduling its meeting): it must be readable, and the caller
   * needs analyst or more in the owner organisation or in an addressed (recipient) organisation,
   * with a write credential (DECISIONS D-crisis-3).
   */
  public Decision decideParticipate(Principal p, LabelledObject o) {
    if (p.scope() != TokenScope.READ_WRITE) {
      return new Decision(false, "read-only credential");
    }
    if (!readable(p, o)) {
      return Decision.DENY_LABEL;
    }
    for (long org : participants(o)) {
      Optional<Role> r = p.role(org);
      if (r.isPresent() && r.get().atLeast(Role.ANALYST)) {
        return new Decision(true, "role " + r.get().id() + " in a party");
      }
    }
    return new Decision(false, "needs analyst in the owner or an addressed organisation");
  }

  private static Set<Long> participants(LabelledObject o) {
    Set<Long> s = new TreeSet<>(o.recipientOrganisations());
    s.add(o.ownerOrganisation());
    return s;
  }

  /**
   * Checks that {@code p} may raise a crisis request in the name of {@code organisation}: it may
   * create there (analyst or more, a write credential) and the organisation is a government, as
   * Article 12 of the IPEF supply-chain agreement gives the request to a Party (DECISIONS
   * D-crisis-2). Throws {@link AccessDenied} otherwise.
   */
  public void checkRaiseCrisis(Principal p, Organisation organisation) {
    checkCreate(p, organisation.id());
    if (organisation.kind() != OrganisationKind.GOVERNMENT) {
      throw new AccessDenied(
          AccessDenied.Reason.FORBIDDEN,
          "a crisis request is raised by a government; "
              + organisation.name()
              + " is of kind "
              + organisation.kind().id());
    }
  }

  private static Decision roleInOwner(Principal p, LabelledObject o, Role needed) {
    Optional<Role> r = p.role(o.ownerOrganisation());
    return r.isPresent() && r.get().atLeast(needed)
        ? new Decision(true, "role " + r.get().id())
        : new Decision(false, "needs " + needed.id() + " in the owner organisation");
  }

  /**
   * Checks that {@code p} may create an object owned by {@code organisation}: analyst or more there
   * and a write credential. Throws {@link AccessDenied} otherwise.
   */
  public void checkCreate(Principal p, long organisation) {
    if (p.isAnonymous()) {
      throw new AccessDenied(AccessDenied.Reason.UNAUTHENTICATED, "sign in to create objects");
    }
    if (p.scope() != TokenScope.READ_WRITE) {
      throw new AccessDenied(AccessDenied.Reason.FORBIDDEN, "this token is read-only");
    }
    if (p.role(organisation).filter(r -> r.atLeast(Role.ANALYST)).isEmpty()) {
      throw new AccessDenied(
          AccessDenied.Reason.FORBIDDEN,
          "creating needs the analyst, contributor or admin role in the owner organisation");
    }
  }

  /**
   * Checks that {@code p} may call an endpoint of this access class with a method that does or does
   * not change state. While the server has no accounts, members-only endpoints stay open as they
   * were before accounts existed. Throws {@link AccessDenied} otherwise.
   */
  public void checkCall(Principal p, RouteAccess access, boolean changes, boolean accountsExist) {
    switch (access) {
      case PUBLIC, SIGN_IN -> {
        return;
      }
      case MEMBER -> {
        if (!accountsExist && p.isAnonymous()) {
          return;
        }
        if (p.isAnonymous()) {
          throw new AccessDenied(AccessDenied.Reason.UNAUTHENTICATED, "sign in to use this");
        }
        if (p.roles().isEmpty()) {
          throw new AccessDenied(
              AccessDenied.Reason.FORBIDDEN, "this needs membership of an organisation");
        }
      }
      case ADMIN -> {
        if (!accountsExist && p.isAnonymous()) {
          return;
        }
        if (p.isAnonymous()) {
          throw new AccessDenied(AccessDenied.Reason.UNAUTHENTICATED, "sign in to use this");
        }
        if (!p.roles().containsValue(Role.ADMIN)) {
          throw new AccessDenied(
              AccessDenied.Reason.FORBIDDEN, "this needs the admin role in an organisation");
        }
      }
      case OBJECTS -> {
        if (changes && p.isAnonymous()) {
          throw new AccessDenied(AccessDenied.Reason.UNAUTHENTICATED, "sign in to do this");
        }
      }
    }
    if (changes && p.scope() != TokenScope.READ_WRITE) {
      throw new AccessDenied(AccessDenied.Reason.FORBIDDEN, "this token is read-only");
    }
  }

  /** The organisations {@code p} administers (where it has the admin role). */
  public Set<Long> administered(Principal p) {
    Set<Long> out = new TreeSet<>();
    p.roles()
        .forEach(
            (org, role) -> {
              if (role == Role.ADMIN) {
                out.add(org);
              }
            });
    return out;
  }

  /**
   * Checks that {@code p} may administer {@code organisation} (add its users): the admin role there
   * and a write credential. An admin manages its own organisations only (DECISIONS D-ws-7).
   */
  public void checkAdminister(Principal p, long organisation) {
    if (p.isAnonymous()) {
      throw new AccessDenied(AccessDenied.Reason.UNAUTHENTICATED, "sign in to administer");
    }
    if (p.scope() != TokenScope.READ_WRITE) {
      throw new AccessDenied(AccessDenied.Reason.FORBIDDEN, "this token is read-only");
    }
    if (p.role(organisation).filter(r -> r == Role.ADMIN).isEmpty()) {
      throw new AccessDenied(
          AccessDenied.Reason.FORBIDDEN,
          "an admin manages only the organisations where it has the admin role");
    }
  }

  /**
   * Whether {@code p} may see and revoke a token of user {@code owner}, a member of {@code
   * ownerOrganisations}: its own, or any of a user of an organisation {@code p} administers.
   */
  public boolean mayManageToken(Principal p, long owner, Collection<Long> ownerOrganisations) {
    if (p.isAnonymous()) {
      return false;
    }
    if (p.userId() == owner) {
      return true;
    }
    Set<Long> mine = administered(p);
    return ownerOrganisations.stream().anyMatch(mine::contains);
  }

  /**
   * Decides an action on a contribution, a firm's supplier map (DECISIONS D-pool-2). Contributions
   * are {@code TLP:RED}; their recipients are, by definition and never by sharing, the contributor
   * and admin members of the owner organisation: they read, list, export, upload new versions and
   * withdraw. Nobody else does, viewers and analysts of the firm included, and nobody shares one.
   */
  public Decision decideContribution(Principal p, Action action, LabelledObject o) {
    if (action.changes() && p.scope() != TokenScope.READ_WRITE) {
      return new Decision(false, "read-only credential");
    }
    Optional<Role> r = p.role(o.ownerOrganisation());
    if (o.label() != TlpLabel.RED || r.isEmpty() || !r.get().atLeast(Role.CONTRIBUTOR)) {
      return new Decision(false, "contribution: not a contributor of the owner organisation");
    }
    if (action == Action.SHARE) {
      return new Decision(false, "contributions are never shared");
    }
    return new Decision(true, "contribution: role " + r.get().id());
  }

  /**
   * Checks that {@code p} may upload a contribution for {@code organisation}: contributor or admin
   * there and a write credential. Throws {@link AccessDenied} otherwise.
   */
  public void checkContribute(Principal p, long organisation) {
    if (p.isAnonymous()) {
      throw new AccessDenied(AccessDenied.Reason.UNAUTHENTICATED, "sign in to contribute");
    }
    if (p.scope() != TokenScope.READ_WRITE) {
      throw new AccessDenied(AccessDenied.Reason.FORBIDDEN, "this token is read-only");
    }
    if (p.role(organisation).filter(r -> r.atLeast(Role.CONTRIBUTOR)).isEmpty()) {
      throw new AccessDenied(
          AccessDenied.Reason.FORBIDDEN,
          "contributing needs the contributor or admin role in the organisation");
    }
  }

  /**
   * Decides who sees pooled views (DECISIONS D-pool-3): members of a government organisation, and
   * members of an organisation with a current contribution (firms that give, see).
   *
   * @param governments the ids of the government organisations
   * @param contributing the ids of organisations with a contribution that is not withdrawn
   */
  public Decision decidePooled(Principal p, Set<Long> governments, Set<Long> contributing) {
    for (Long org : p.roles().keySet()) {
      if (governments.contains(org)) {
        return new Decision(true, "government member");
      }
      if (contributing.contains(org)) {
        return new Decision(true, "contributing organisation");
      }
    }
    return new Decision(false, "pooled views: neither a government nor a contributing member");
  }
}
