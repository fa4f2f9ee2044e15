package org.chokepoint.workspace.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes (RFC 9106) with BouncyCastle, kept as PHC strings such as {@code
 * $argon2id$v=19$m=19456,t=2,p=1$SALT$HASH}: 19 MiB of memory, 2 passes, 1 lane, a 16-byte random
 * salt and a 32-byte hash, the minimum OWASP's Password Storage Cheat Sheet recommends
 * (docs/security.md). A stored hash is verified with the parameters written in it, so they can be
 * raised later without invalidating existing passwords; {@link #needsRehash} says when.
 */
public final class PasswordHasher {
  /** The parameters new hashes get. */
  public static final int MEMORY_KIB = 19 * 1024;

  public static final int ITERATIONS = 2;
  public static final int PARALLELISM = 1;
  static final int SALT_BYTES = 16;
  static final int HASH_BYTES = 32;

  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  /** A hash made once and verified against when the user is unknown, so timing does not tell. */
  private static volatile String dummy;

  private final int memoryKib;
  private final int iterations;
  private final int parallelism;

  public PasswordHasher() {
    this(MEMORY_KIB, ITERATIONS, PARALLELISM);
  }

  PasswordHasher(int memoryKib, int iterations, int parallelism) {
    this.memoryKib = memoryKib;
    this.iterations = iterations;
    this.parallelism = parallelism;
  }

  /** The PHC string of a new hash of {@code password} with a fresh salt. */
  public String hash(String password) {
    if (password == null || password.isEmpty()) {
      throw new IllegalArgumentException("the password is empty");
    }
    byte[] salt = Secrets.randomBytes(SALT_BYTES);
    byte[] h = derive(password, salt, memoryKib, iterations, parallelism, HASH_BYTES);
    return "$argon2id$v=19$m="
        + memoryKib
        + ",t="
        + iterations
        + ",p="
        + parallelism
        + "$"
        + B64.encodeToString(salt)
        + "$"
        + B64.encodeToString(h);
  }

  /**
   * Whether {@code password} matches the PHC string {@code stored}; false for any malformed one.
   */
  public boolean verify(String password, String stored) {
    if (password == null || stored == null) {
      return false;
    }
    Phc p = Phc.parse(stored);
    if (p == null) {
      return false;
    }
    byte[] h = derive(password, p.salt, p.m, p.t, p.p, p.hash.length);
    return MessageDigest.isEqual(h, p.hash);
  }

  /** Spends the time of one verification, for unknown users. */
  public void verifyDummy(String password) {
    if (dummy == null) {
      dummy = hash("unknown user");
    }
    verify(password == null ? "" : password, dummy);
  }

  /** Whether a stored hash has weaker parameters than new ones get. */
  public boolean needsRehash(String stored) {
    Phc p = Phc.parse(stored);
    return p == null || p.m < memoryKib || p.t < iterations;
  }

  private static byte[] derive(String password, byte[] salt, int m, int t, int p, int length) {
    Argon2Parameters params =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(m)
            .withIterations(t)
            .withParallelism(p)
            .withSalt(salt)
            .build();
    Argon2BytesGenerator gen = new Argon2BytesGenerator();
    gen.init(params);
    byte[] out = new byte[length];
    gen.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
    return out;
  }

  private record Phc(int m, int t, int p, byte[] salt, byte[] hash) {
    static Phc parse(String s) {
      String[] parts = s.split("\\$");
      // "", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash
      if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
        return null;
      }
      int m = -1;
      int t = -1;
      int p = -1;
      try {
        for (String kv : parts[3].split(",")) {
          String[] e = kv.split("=", 2);
          int v = Integer.parseInt(e[1]);
          switch (e[0]) {
            case "m" -> m = v;
            case "t" -> t = v;
            case "p" -> p = v;
            default -> {
              return null;
            }
          }
        }
        byte[] salt = B64D.decode(parts[4]);
        byte[] hash = B64D.decode(parts[5]);
        if (m < 8
            || m > 1 << 22
            || t < 1
            || t > 100
            || p < 1
            || p > 16
            || salt.length < 8
            || hash.length < 16) {
          return null;
        }
        return new Phc(m, t, p, salt, hash);
      } catch (RuntimeException e) {
        return null;
      }
    }
  }
}
