package dev.fakecognito.internal.webauthn;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The part of CBOR (RFC 8949) that WebAuthn uses: attestation objects and COSE keys.
 *
 * <p>Decoded items are Java values: {@link Long} (or {@link BigInteger} beyond its range) for
 * integers, {@code byte[]} for byte strings, {@link String}, {@link List}, {@link Map} (in encoded
 * order), {@link Boolean}, {@link Double} and {@code null}. Tags are read past, their content kept.
 * Indefinite lengths are refused: authenticators must use the canonical form (WebAuthn §6.5.2).
 * The encoder writes the same types back, with the shortest argument, as CTAP2 requires.
 */
public final class Cbor {

  /** Nesting beyond this is refused, so hostile input cannot exhaust the stack. */
  private static final int MAX_DEPTH = 16;

  private Cbor() {}

  /** Thrown for bytes that are not the CBOR this decoder reads. */
  public static final class CborException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CborException(String message) {
      super(message);
    }
  }

  /** Decodes one item that must fill {@code bytes} exactly. */
  public static @Nullable Object decode(byte[] bytes) {
    Reader reader = new Reader(bytes, 0);
    Object item = reader.read();
    if (reader.position() != bytes.length) {
      throw new CborException("trailing bytes after the CBOR item");
    }
    return item;
  }

  /** Encodes one item; see the class description for the types it takes. */
  public static byte[] encode(@Nullable Object item) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, item);
    return out.toByteArray();
  }

  /** Reads consecutive CBOR items from a byte array, for data where other bytes follow an item. */
  public static final class Reader {
    private final byte[] bytes;
    private int position;

    /** A reader of {@code bytes} starting at {@code offset}. */
    public Reader(byte[] bytes, int offset) {
      this.bytes = bytes;
      this.position = offset;
    }

    /** The offset of the next unread byte. */
    public int position() {
      return position;
    }

    /** Reads the next item. */
    public @Nullable Object read() {
      return read(0);
    }

    private @Nullable Object read(int depth) {
      if (depth > MAX_DEPTH) {
        throw new CborException("CBOR nested too deeply");
      }
      int initial = next();
      int major = initial >>> 5;
      int info = initial & 0x1f;
      if (major == 7) {
        return simple(info);
      }
      if (info == 31) {
        throw new CborException("indefinite-length CBOR items are not supported");
      }
      BigInteger argument = argument(info);
      switch (major) {
        case 0:
          return integer(argument);
        case 1:
          return integer(argument.negate().subtract(BigInteger.ONE));
        case 2:
          return take(length(argument));
        case 3:
          return utf8(take(length(argument)));
        case 4: {
          int count = length(argument);
          List<Object> list = new ArrayList<>(Math.min(count, 64));
          for (int i = 0; i < count; i++) {
            list.add(read(depth + 1));
          }
          return list;
        }
        case 5: {
          int count = length(argument);
          Map<Object, Object> map = new LinkedHashMap<>();
          for (int i = 0; i < count; i++) {
            Object key = read(depth + 1);
            if (key == null || map.containsKey(key instanceof byte[] b ? new Bytes(b) : key)) {
              throw new CborException("null or duplicate CBOR map key");
            }
            map.put(key instanceof byte[] b ? new Bytes(b) : key, read(depth + 1));
          }
          return map;
        }
        default:
          // Major type 6: a tag, whose content is what matters here.
          return read(depth + 1);
      }
    }

    private @Nullable Object simple(int info) {
      switch (info) {
        case 20:
          return Boolean.FALSE;
        case 21:
          return Boolean.TRUE;
        case 22:
        case 23:
          return null;
        case 25:
          return half(argument(25).intValue());
        case 26:
          return (double) Float.intBitsToFloat(argument(26).intValue());
        case 27:
          return Double.longBitsToDouble(argument(27).longValue());
        default:
          throw new CborException("unsupported CBOR simple value " + info);
      }
    }

    private BigInteger argument(int info) {
      if (info < 24) {
        return BigInteger.valueOf(info);
      }
      int size = switch (info) {
        case 24 -> 1;
        case 25 -> 2;
        case 26 -> 4;
        case 27 -> 8;
        default -> throw new CborException("reserved CBOR additional information " + info);
      };
      return new BigInteger(1, take(size));
    }

    private int length(BigInteger argument) {
      if (argument.compareTo(BigInteger.valueOf(bytes.length - position)) > 0) {
        throw new CborException("CBOR length beyond the end of the data");
      }
      return argument.intValue();
    }

    private int next() {
      if (position >= bytes.length) {
        throw new CborException("CBOR data ends early");
      }
      return bytes[position++] & 0xff;
    }

    private byte[] take(int count) {
      if (count > bytes.length - position) {
        throw new CborException("CBOR data ends early");
      }
      byte[] taken = Arrays.copyOfRange(bytes, position, position + count);
      position += count;
      return taken;
    }
  }

  /**
   * A byte string used as a map key, compared by content. Decoded maps hold byte-string keys in
   * this form; values stay {@code byte[]}.
   *
   * @param value the bytes
   */
  public record Bytes(byte[] value) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Bytes b && Arrays.equals(value, b.value);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
      return "Bytes" + Arrays.toString(value);
    }
  }

  /** An IEEE 754 half-precision value (RFC 8949 Appendix D). */
  private static double half(int bits) {
    int exponent = (bits >> 10) & 0x1f;
    int mantissa = bits & 0x3ff;
    double value;
    if (exponent == 0) {
      value = mantissa * Math.pow(2, -24);
    } else if (exponent == 31) {
      value = mantissa == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
    } else {
      value = (mantissa + 1024) * Math.pow(2, exponent - 25);
    }
    return (bits & 0x8000) != 0 ? -value : value;
  }

  private static Object integer(BigInteger value) {
    return value.bitLength() < 64 ? (Object) value.longValue() : value;
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new CborException("CBOR text string is not UTF-8");
    }
  }

  /* ---- Encoding ---- */

  private static void write(ByteArrayOutputStream out, @Nullable Object item) {
    if (item == null) {
      out.write(0xf6);
    } else if (item instanceof Boolean b) {
      out.write(b ? 0xf5 : 0xf4);
    } else if (item instanceof Integer || item instanceof Long) {
      long value = ((Number) item).longValue();
      if (value >= 0) {
        head(out, 0, value);
      } else {
        head(out, 1, -1 - value);
      }
    } else if (item instanceof byte[] bytes) {
      head(out, 2, bytes.length);
      out.writeBytes(bytes);
    } else if (item instanceof Bytes bytes) {
      write(out, bytes.value());
    } else if (item instanceof String text) {
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      head(out, 3, utf8.length);
      out.writeBytes(utf8);
    } else if (item instanceof List<?> list) {
      head(out, 4, list.size());
      list.forEach(element -> write(out, element));
    } else if (item instanceof Map<?, ?> map) {
      head(out, 5, map.size());
      map.forEach((key, value) -> {
        write(out, key);
        write(out, value);
      });
    } else {
      throw new IllegalArgumentException("cannot encode " + item.getClass().getName() + " as CBOR");
    }
  }

  private static void head(ByteArrayOutputStream out, int major, long argument) {
    int type = major << 5;
    if (argument < 24) {
      out.write(type | (int) argument);
    } else if (argument < 0x100) {
      out.write(type | 24);
      out.write((int) argument);
    } else if (argument < 0x10000) {
      out.write(type | 25);
      out.write((int) (argument >>> 8));
      out.write((int) argument);
    } else if (argument < 0x100000000L) {
      out.write(type | 26);
      for (int shift = 24; shift >= 0; shift -= 8) {
        out.write((int) (argument >>> shift));
      }
    } else {
      out.write(type | 27);
      for (int shift = 56; shift >= 0; shift -= 8) {
        out.write((int) (argument >>> shift));
      }
    }
  }
}
