package dev.flock.command.user;

/** What a follow command left: a follow, or a request the (protected) target has to approve. */
public enum FollowOutcome { FOLLOWING, REQUESTED }
