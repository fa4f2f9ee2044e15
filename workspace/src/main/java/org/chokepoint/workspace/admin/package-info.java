/**
 * Administration over the API: the organisations, users and API tokens a principal may manage,
 * decided by the access policy and recorded in the audit log.
 */
package org.chokepoint.workspace.admin;
