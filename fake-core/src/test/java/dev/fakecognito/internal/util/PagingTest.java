package dev.fakecognito.internal.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;

class PagingTest {

  private final List<Integer> items = List.of(1, 2, 3, 4, 5);

  @Test
  void pages_follow_each_other_until_the_last_has_no_token() {
    Paging<Integer> first = Paging.page(items, null, 2);
    Paging<Integer> second = Paging.page(items, first.nextToken(), 2);
    Paging<Integer> last = Paging.page(items, second.nextToken(), 2);

    assertThat(first.items()).containsExactly(1, 2);
    assertThat(second.items()).containsExactly(3, 4);
    assertThat(last.items()).containsExactly(5);
    assertThat(last.nextToken()).isNull();
  }

  @Test
  void foreign_token_is_rejected() {
    assertThatThrownBy(() -> Paging.page(items, "bm9wZQ", 2))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("Invalid pagination token");
  }
}
