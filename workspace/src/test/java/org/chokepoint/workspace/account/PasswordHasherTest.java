package org.chokepoint.workspace.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  private final PasswordHasher hasher = new PasswordHasher();

  /**
   * A PHC string made by the reference implementation, libargon2 (Debian package libargon2-1
   * 0~20190702), with argon2id_hash_encoded(t=2, m=19456, p=1, "correct horse battery staple", salt
   * "chokepoint-salt!", hash length 32): our verifier must accept it and our hasher must reproduce
   * its bytes.
   */
  static final String REFERENCE =
      "$argon2id$v=19$m=19456,t=2,p=1$Y2hva2Vwb2ludC1zYWx0IQ$"
          + "11ZKsPlWKa48MjLKiO6U/gseLT7dAKxNqNXtvh/oe+E";

  @Test
  void verifiesAHashMadeByTheReferenceImplementation() {
    assertThat(hasher.verify("correct horse battery staple", REFERENCE)).isTrue();
    assertThat(hasher.verify("correct horse battery stapl", REFERENCE)).isFalse();
  }

  @Test
  void newHashesUseTheDocumentedParametersAFreshSaltAndVerify() {
    String a = hasher.hash("s3cret-passphrase");
    String b = hasher.hash("s3cret-passphrase");
    assertThat(a).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(a).isNotEqualTo(b); // fresh salt each time
    assertThat(hasher.verify("s3cret-passphrase", a)).isTrue();
    assertThat(hasher.verify("S3cret-passphrase", a)).isFalse();
    assertThat(hasher.needsRehash(a)).isFalse();
    assertThat(
            hasher.needsRehash(
                "$argon2id$v=19$m=4096,t=1,p=1$c2FsdHNhbHQ$"
                    + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
        .isTrue();
  }

  @Test
  void malformedStoredHashesNeverVerify() {
    assertThat(hasher.verify("x", "")).isFalse();
    assertThat(hasher.verify("x", "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$AAAA")).isFalse();
    assertThat(hasher.verify("x", "$argon2id$v=19$m=99999999,t=2,p=1$c2FsdHNhbHQ$AAAA")).isFalse();
    assertThat(hasher.verify("x", "$argon2id$v=19$m=19456,t=2,p=1$!!$??")).isFalse();
    assertThat(hasher.verify(null, REFERENCE)).isFalse();
  }
}
