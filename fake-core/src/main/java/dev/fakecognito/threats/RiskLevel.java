package dev.fakecognito.threats;

/** The risk level threat protection assigns to a sign-in, as an auth event reports it. */
public enum RiskLevel {
  LOW,
  MEDIUM,
  HIGH
}
