package dev.fourfold.security;

/** A role of a user on a unit (inherited down the unit tree) or on a single scorecard; exactly one is set. */
public record Grant(long id, long userId, String username, Long unitId, Long scorecardId, Role role) {
}
