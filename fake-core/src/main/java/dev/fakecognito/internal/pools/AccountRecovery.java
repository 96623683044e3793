package dev.fakecognito.internal.pools;

import dev.fakecognito.internal.errors.CognitoErrors;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AccountRecoverySettingType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RecoveryOptionNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RecoveryOptionType;

/**
 * A pool's AccountRecoverySetting: the checks CreateUserPool and UpdateUserPool make, and the
 * mechanisms in the order password resets try them.
 *
 * <p>RecoveryMechanisms holds one or two options, each with a Name and a Priority of 1 or 2, no two
 * alike; admin_only stands alone
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/how-to-recover-a-user-account.html).
 * A setting without RecoveryMechanisms is accepted and means the legacy rule, as {@code
 * --account-recovery-setting {}} does for the CLI (hashicorp/terraform-provider-aws#26223).
 */
public final class AccountRecovery {

  private static final String MECHANISMS = "accountRecoverySetting.recoveryMechanisms";

  private AccountRecovery() {}

  /**
   * Checks a setting given to CreateUserPool or UpdateUserPool.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     for a setting Cognito refuses
   */
  public static void check(@Nullable AccountRecoverySettingType setting) {
    if (setting == null || !setting.hasRecoveryMechanisms()) {
      return;
    }
    List<RecoveryOptionType> options = setting.recoveryMechanisms();
    if (options.isEmpty()) {
      throw CognitoErrors.listLength(MECHANISMS, "Member must have length greater than or equal to 1");
    }
    if (options.size() > 2) {
      throw CognitoErrors.listLength(MECHANISMS, "Member must have length less than or equal to 2");
    }
    for (int i = 0; i < options.size(); i++) {
      checkOption(options.get(i), MECHANISMS + "." + (i + 1) + ".member");
    }
    Set<RecoveryOptionNameType> names = new HashSet<>();
    Set<Integer> priorities = new HashSet<>();
    for (RecoveryOptionType option : options) {
      if (option.name() == RecoveryOptionNameType.ADMIN_ONLY && options.size() > 1) {
        throw CognitoErrors.adminOnlyRecoveryNotAlone();
      }
    }
    for (RecoveryOptionType option : options) {
      if (!names.add(option.name()) || !priorities.add(option.priority())) {
        throw CognitoErrors.duplicateRecoveryMechanism();
      }
    }
  }

  private static void checkOption(@Nullable RecoveryOptionType option, String member) {
    if (option == null) {
      throw CognitoErrors.notNull(member);
    }
    if (option.priority() == null) {
      throw CognitoErrors.notNull(member + ".priority");
    }
    if (option.priority() < 1) {
      throw CognitoErrors.constraint(member + ".priority", option.priority(),
          "Member must have value greater than or equal to 1");
    }
    if (option.priority() > 2) {
      throw CognitoErrors.constraint(member + ".priority", option.priority(),
          "Member must have value less than or equal to 2");
    }
    if (option.name() == null) {
      throw CognitoErrors.notNull(member + ".name");
    }
    if (option.name() == RecoveryOptionNameType.UNKNOWN_TO_SDK_VERSION) {
      throw CognitoErrors.constraint(member + ".name", option.nameAsString(),
          "Member must satisfy enum value set: [verified_email, verified_phone_number, admin_only]");
    }
  }

  /**
   * The pool's recovery mechanisms, highest priority first; empty without a setting. Options the
   * checks above would refuse never reach a pool, but a missing priority sorts last rather than
   * failing a reset.
   */
  public static List<RecoveryOptionType> mechanisms(UserPool pool) {
    AccountRecoverySettingType setting = pool.config().accountRecoverySetting();
    if (setting == null || !setting.hasRecoveryMechanisms()) {
      return List.of();
    }
    return setting.recoveryMechanisms().stream()
        .filter(o -> o != null && o.name() != null)
        .sorted(Comparator.comparing(RecoveryOptionType::priority, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }
}
