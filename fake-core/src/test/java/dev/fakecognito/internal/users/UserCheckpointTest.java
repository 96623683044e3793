package dev.fakecognito.internal.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

class UserCheckpointTest {

  private final byte[] salt = HexFormat.of().parseHex("c1b2a3f4e5d6c7b8a9f0e1d2c3b4a5f6");
  private final Instant created = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void restore_puts_back_attributes_status_password_history_and_last_modified() {
    User user = new User("alice", "sub-1", created, UserStatusType.FORCE_CHANGE_PASSWORD);
    user.putAttribute("email", "alice@example.com");
    Password temporary = Password.create("pool", "alice", "Temp0rary!", salt);
    user.password(temporary, created);
    User.Checkpoint before = user.checkpoint();

    Instant later = created.plusSeconds(60);
    user.putAttribute("name", "Alice");
    user.removeAttribute("email");
    user.password(Password.create("pool", "alice", "N3w-password!", salt), later);
    user.status(UserStatusType.CONFIRMED);
    user.touch(later);
    user.restore(before);

    assertThat(user.attributes()).containsOnlyKeys("sub", "email");
    assertThat(user.status()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
    assertThat(user.password()).isSameAs(temporary);
    assertThat(user.passwordSetAt()).isEqualTo(created);
    assertThat(user.previousPasswords()).isEmpty();
    assertThat(user.lastModified()).isEqualTo(created);
  }
}
