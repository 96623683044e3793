package dev.fakecognito.internal.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;

class PagingTest {

  private final List<Long> items = new ArrayList<>(List.of(4L, 2L, 5L, 1L, 3L));

  @Test
  void pages_follow_each_other_in_key_order_until_the_last_has_no_token() {
    Paging<Long> first = page(null, 2);
    Paging<Long> second = page(first.nextToken(), 2);
    Paging<Long> last = page(second.nextToken(), 2);

    assertThat(first.items()).containsExactly(1L, 2L);
    assertThat(second.items()).containsExactly(3L, 4L);
    assertThat(last.items()).containsExactly(5L);
    assertThat(last.nextToken()).isNull();
  }

  @Test
  void a_page_that_ends_exactly_at_the_last_entry_has_no_token() {
    assertThat(page(null, 5).nextToken()).isNull();
    assertThat(page(null, 4).nextToken()).isNotNull();
  }

  @Test
  void removing_the_last_entry_served_skips_nothing() {
    Paging<Long> first = page(null, 2);
    items.remove(Long.valueOf(2));

    assertThat(page(first.nextToken(), 2).items()).containsExactly(3L, 4L);
  }

  @Test
  void entries_added_before_the_cursor_repeat_nothing() {
    Paging<Long> first = page(null, 2);
    items.add(0L);
    items.add(-7L);

    assertThat(page(first.nextToken(), 2).items()).containsExactly(3L, 4L);
  }

  @Test
  void numeric_keys_sort_as_numbers_negative_ones_included() {
    List<Long> values = LongStream.of(Long.MIN_VALUE, -300, -1, 0, 1, 15, 16, 255, 4096, Long.MAX_VALUE)
        .boxed().toList();

    assertThat(values.stream().sorted(Comparator.comparing(Paging::key)).toList()).isEqualTo(values);
  }

  @Test
  void instant_keys_sort_as_instants_then_by_name() {
    Instant early = Instant.parse("1969-12-31T23:59:59.999999999Z");
    Instant epoch = Instant.EPOCH;
    Instant late = Instant.parse("2026-01-01T00:00:00.000000001Z");

    assertThat(Paging.key(early)).isLessThan(Paging.key(epoch));
    assertThat(Paging.key(epoch)).isLessThan(Paging.key(late));
    assertThat(Paging.key(epoch, "b")).isLessThan(Paging.key(late, "a"));
    assertThat(Paging.key(late, "a")).isLessThan(Paging.key(late, "ab"));
  }

  @Test
  void token_of_another_listing_is_rejected() {
    String token = Paging.page("ListGroups", items, Paging::key, null, 2).nextToken();

    assertThatThrownBy(() -> Paging.page("ListUsers", items, Paging::key, token, 2))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("Paging marker " + token + " is invalid for request ");
  }

  @Test
  void malformed_token_is_rejected() {
    assertThatThrownBy(() -> page("not base64!", 2)).isInstanceOf(InvalidParameterException.class);
    assertThatThrownBy(() -> page("bm9wZQ", 2)).isInstanceOf(InvalidParameterException.class);
  }

  private Paging<Long> page(String token, int pageSize) {
    return Paging.page("Test", items, Paging::key, token, pageSize);
  }
}
