package dev.fakecognito.internal.facade;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/** Reads the method table of a class file (JVMS chapter 4) without loading the class's types. */
final class ClassFiles {

  private static final int ACC_BRIDGE = 0x0040;
  private static final int ACC_SYNTHETIC = 0x1000;

  private ClassFiles() {}

  /** Returns name plus descriptor of each method the class declares, bridges and synthetics left out. */
  static Set<String> declaredMethods(DataInputStream in) throws IOException {
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
        case 15 -> in.skipNBytes(3);
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
        case 5, 6 -> {
          in.skipNBytes(8);
          i++;
        }
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    in.skipNBytes(6);
    in.skipNBytes(2L * in.readUnsignedShort());
    int fields = in.readUnsignedShort();
    for (int i = 0; i < fields; i++) {
      in.skipNBytes(6);
      skipAttributes(in);
    }
    int methods = in.readUnsignedShort();
    Set<String> declared = new HashSet<>();
    for (int i = 0; i < methods; i++) {
      int access = in.readUnsignedShort();
      String name = utf8[in.readUnsignedShort()];
      String descriptor = utf8[in.readUnsignedShort()];
      skipAttributes(in);
      if ((access & (ACC_BRIDGE | ACC_SYNTHETIC)) == 0) {
        declared.add(name + descriptor);
      }
    }
    return Set.copyOf(declared);
  }

  private static void skipAttributes(DataInputStream in) throws IOException {
    int attributes = in.readUnsignedShort();
    for (int i = 0; i < attributes; i++) {
      in.skipNBytes(2);
      in.skipNBytes(in.readInt() & 0xFFFFFFFFL);
    }
  }
}
