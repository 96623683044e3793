package dev.fakecognito.triggers;

/**
 * A custom message trigger: writes the email or SMS Cognito sends with a code or an invitation.
 * Register it with {@link Triggers#customMessage(CustomMessageHandler)}; see {@link
 * CustomMessageResponse} for an example.
 */
@FunctionalInterface
public interface CustomMessageHandler {

  /**
   * Handles one event.
   *
   * @param event the event
   * @return the response
   */
  CustomMessageResponse handle(CustomMessageEvent event);
}
