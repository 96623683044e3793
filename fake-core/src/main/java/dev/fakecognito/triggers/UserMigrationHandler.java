package dev.fakecognito.triggers;

/**
 * A user migration trigger: creates a user the pool does not know yet, on their first sign-in with
 * a password or their first password reset. Register it with {@link
 * Triggers#userMigration(UserMigrationHandler)}; see {@link UserMigrationResponse} for an example.
 *
 * <p>A handler that throws refuses the migration; Cognito then fails the call with {@code
 * UserLambdaValidationException} "UserMigration failed with error &lt;message&gt;.".
 */
@FunctionalInterface
public interface UserMigrationHandler {

  /**
   * Handles one event.
   *
   * @param event the event
   * @return the response
   */
  UserMigrationResponse handle(UserMigrationEvent event);
}
