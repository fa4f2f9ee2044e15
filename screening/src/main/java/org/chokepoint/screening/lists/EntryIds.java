package org.chokepoint.screening.lists;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * Entry ids for lists that give none (the Denied Persons List, the OpenSanctions transcriptions
 * without a record id): a short digest of the fields that identify the listing, so that the same
 * listing keeps its id from one version of the list to the next, and a screening result can be
 * compared across versions. Ids are unique within one import: a repeat gets {@code ~2}, {@code ~3}.
 */
public final class EntryIds {
  private final Set<String> used = new HashSet<>();

  /** The first ten hex digits of the SHA-256 of the parts joined by U+001F. */
  public static String digest(String... parts) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] hash = md.digest(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash).substring(0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code base}, or {@code base~N} when {@code base} was already given out. */
  public String unique(String base) {
    if (used.add(base)) {
      return base;
    }
    for (int n = 2; ; n++) {
      String id = base + "~" + n;
      if (used.add(id)) {
        return id;
      }
    }
  }
}
