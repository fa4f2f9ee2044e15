package org.chokepoint.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.chokepoint.inputoutput.Extension;
import org.chokepoint.inputoutput.IoSystem;
import org.chokepoint.inputoutput.matrix.CsrMatrix;
import org.chokepoint.inputoutput.matrix.DenseMatrix;

/**
 * The same footprints in numpy/scipy, in a separate Python process, on the same system written to
 * raw little-endian files (CSR arrays of Z, dense Y, F, F_Y). Methods: {@code splu} factorises
 * {@code I − A} and {@code I − B} once with SuperLU (the factorisation behind {@code
 * scipy.sparse.linalg.spsolve}) and solves for the same vectors as the Java side; {@code jacobi}
 * runs the Jacobi iteration on all vectors at once with sparse × dense products, to the same
 * tolerance; {@code dense} is pymrio's own route ({@code numpy.linalg.inv}, then {@code
 * calc_accounts} on n × n matrices). Each reports the median and the fastest of its runs, from the
 * arrays in memory to the accounts (reading the files is not timed), and writes its M, M_down and D
 * accounts for comparison.
 */
final class InputOutputScipy {
  static final String SCRIPT =
      """
      import json, sys, time
      import numpy as np, scipy, scipy.sparse as sp
      from scipy.sparse.linalg import splu
      d, out, method, tol, runs = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]), int(sys.argv[5])
      meta = json.load(open(d + "/meta.json"))
      N, R, P, C, E = meta["n"], meta["regions"], meta["products"], meta["fd_cols"], meta["stressors"]
      fdreg = np.array(meta["fd_region"])
      rd = lambda name, dt: np.fromfile(d + "/" + name, dtype=dt)
      Z = sp.csr_matrix((rd("z_data.f64", "<f8"), rd("z_indices.i32", "<i4"), rd("z_indptr.i32", "<i4")), shape=(N, N))
      Y = rd("y.f64", "<f8").reshape(N, C)
      F = rd("f.f64", "<f8").reshape(E, N)
      FY = rd("fy.f64", "<f8").reshape(E, C)

      def jacobi(M, b):
          diag = M.diagonal()
          off = (M - sp.diags(diag)).tocsr()
          dinv = 1.0 / (1.0 - diag)
          x = b * dinv[:, None]
          for k in range(1, 100000):
              nx = (b + off @ x) * dinv[:, None]
              change = np.abs(nx - x).max(0)
              size = np.abs(nx).max(0)
              x = nx
              if np.all(change <= tol * size):
                  return x, k
          raise RuntimeError("no convergence")

      def footprints():
          x = np.asarray(Z.sum(1)).ravel() + Y.sum(1)
          rx = np.divide(1.0, x, out=np.zeros_like(x), where=x != 0)
          A = (Z @ sp.diags(rx)).tocsr()
          B = (sp.diags(rx) @ Z).tocsr()
          S = F * rx
          Yagg = np.zeros((N, R))
          for c in range(C):
              Yagg[:, fdreg[c]] += Y[:, c]
          rhs = np.zeros((N, E * R))
          for e in range(E):
              for c in range(R):
                  rhs[c * P:(c + 1) * P, e * R + c] = S[e, c * P:(c + 1) * P]
          sweeps = 0
          if method == "splu":
              I = sp.identity(N, format="csc")
              luA = splu((I - A).tocsc())
              luB = splu((I - B).tocsc())
              Xc = luA.solve(Yagg)
              W = luA.solve(rhs, trans="T")
              G = luB.solve(np.ascontiguousarray(S.T))
          else:
              Xc, k1 = jacobi(A, Yagg)
              W, k2 = jacobi(A.T.tocsr(), rhs)
              G, k3 = jacobi(B, np.ascontiguousarray(S.T))
              sweeps = max(k1, k2, k3)
          ix = np.arange(N) // P
          xtot = Xc.sum(1)
          xexp = xtot - Xc[np.arange(N), ix]
          M = W.reshape(N, E, R).sum(2).T
          Dcba = np.zeros((E, N)); Ddom = np.zeros((E, N))
          for e in range(E):
              Dcba[e] = (M[e][:, None] * Yagg).reshape(R, P, R).sum(0).T.ravel()
              Ddom[e] = (W[:, e * R:(e + 1) * R] * Yagg).reshape(R, P, R).sum(0).T.ravel()
          return dict(M=M, M_down=G.T - S, D_cba=Dcba, D_pba=S * xtot, D_imp=Dcba - Ddom, D_exp=S * xexp), sweeps

      def footprints_dense():
          # pymrio: calc_x, calc_A, calc_L (numpy.linalg.inv), calc_S, calc_M, calc_accounts
          Zd = Z.toarray()
          x = Zd.sum(1) + Y.sum(1)
          rx = np.divide(1.0, x, out=np.zeros_like(x), where=x != 0)
          A = Zd * rx[None, :]
          L = np.linalg.inv(np.eye(N) - A)
          del A
          S = F * rx
          M = S @ L
          Yagg = np.zeros((N, R))
          for c in range(C):
              Yagg[:, fdreg[c]] += Y[:, c]
          Ydiag = np.zeros((N, N))
          for c in range(R):
              for i in range(N):
                  Ydiag[i, c * P + i % P] = Yagg[i, c]
          xd = L @ Ydiag
          del Ydiag, L
          Dcba = S @ xd
          Dpba = S * xd.sum(1)
          for c in range(R):
              xd[c * P:(c + 1) * P, c * P:(c + 1) * P] = 0
          Dimp = S @ xd
          Dexp = S * xd.sum(1)
          return dict(M=M, D_cba=Dcba, D_pba=Dpba, D_imp=Dimp, D_exp=Dexp), 0

      times = []
      for r in range(runs):
          t0 = time.perf_counter()
          res, sweeps = footprints_dense() if method == "dense" else footprints()
          times.append(time.perf_counter() - t0)
      for k, v in res.items():
          np.ascontiguousarray(v, dtype="<f8").tofile(out + "/" + k + ".f64")
      try:
          with open("/proc/self/status") as f:
              rss = [int(l.split()[1]) / 1024 for l in f if l.startswith("VmHWM:")][0]
      except OSError:
          rss = -1
      print(json.dumps({"numpy": np.__version__, "scipy": scipy.__version__, "median_s": float(np.median(times)),
                        "min_s": min(times), "sweeps": sweeps, "max_rss_mb": rss}))
      """;

  /** What the Python side measured. */
  record Result(
      String numpy,
      String scipy,
      double medianSeconds,
      double minSeconds,
      int sweeps,
      double maxRssMb) {}

  private InputOutputScipy() {}

  /** Whether {@code python3} with numpy and scipy is installed. */
  static boolean available() {
    try {
      Process p = new ProcessBuilder("python3", "-c", "import numpy, scipy").start();
      return p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Writes the system's arrays and {@code meta.json} to {@code dir}. */
  static void write(IoSystem s, Path dir) {
    try {
      Files.createDirectories(dir);
      CsrMatrix z = s.z();
      Extension e = s.extensions().get(0);
      ints(dir.resolve("z_indptr.i32"), z.rowStart());
      ints(dir.resolve("z_indices.i32"), java.util.Arrays.copyOf(z.columns(), z.nonZeros()));
      doubles(dir.resolve("z_data.f64"), java.util.Arrays.copyOf(z.values(), z.nonZeros()));
      doubles(dir.resolve("y.f64"), s.y().data());
      doubles(dir.resolve("f.f64"), e.f().data());
      doubles(dir.resolve("fy.f64"), e.fY().data());
      StringBuilder fr = new StringBuilder();
      for (int c = 0; c < s.finalDemand().size(); c++) {
        fr.append(c == 0 ? "" : ",").append(s.demandRegionOf(c));
      }
      Files.writeString(
          dir.resolve("meta.json"),
          String.format(
              "{\"n\": %d, \"regions\": %d, \"products\": %d, \"fd_cols\": %d, \"stressors\": %d,"
                  + " \"fd_region\": [%s]}",
              s.size(),
              s.regions().size(),
              s.sectorsPerRegion(),
              s.finalDemand().size(),
              e.f().rows(),
              fr));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** Runs {@code method} on the files in {@code dir}; results go to {@code out}. */
  static Result run(Path dir, Path out, String method, double tolerance, int runs) {
    try {
      Files.createDirectories(out);
      Path script = dir.resolve("footprints.py");
      Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
      ProcessBuilder pb =
          new ProcessBuilder(
                  "python3",
                  script.toString(),
                  dir.toString(),
                  out.toString(),
                  method,
                  Double.toString(tolerance),
                  Integer.toString(runs))
              .redirectError(ProcessBuilder.Redirect.INHERIT);
      pb.environment().put("OPENBLAS_NUM_THREADS", "2");
      pb.environment().put("OMP_NUM_THREADS", "2");
      pb.environment().put("MKL_NUM_THREADS", "2");
      Process p = pb.start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (p.waitFor() != 0) {
        throw new IllegalStateException("python3 failed with exit code " + p.exitValue());
      }
      Map<String, String> j = flatJson(text);
      return new Result(
          j.get("numpy"),
          j.get("scipy"),
          Double.parseDouble(j.get("median_s")),
          Double.parseDouble(j.get("min_s")),
          Integer.parseInt(j.get("sweeps")),
          Double.parseDouble(j.get("max_rss_mb")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A stressors × sectors matrix the script wrote, or null when it wrote none of that name. */
  static DenseMatrix read(Path out, String name, int rows, int cols) {
    Path f = out.resolve(name + ".f64");
    if (!Files.exists(f)) {
      return null;
    }
    try {
      ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(f)).order(ByteOrder.LITTLE_ENDIAN);
      double[] d = new double[rows * cols];
      b.asDoubleBuffer().get(d);
      return new DenseMatrix(rows, cols, d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void ints(Path p, int[] v) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    b.asIntBuffer().put(v);
    Files.write(p, b.array());
  }

  static void doubles(Path p, double[] v) throws IOException {
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16)) {
      ByteBuffer b = ByteBuffer.allocate(8 * 8192).order(ByteOrder.LITTLE_ENDIAN);
      for (int i = 0; i < v.length; i++) {
        b.putDouble(v[i]);
        if (!b.hasRemaining()) {
          o.write(b.array(), 0, b.position());
          b.clear();
        }
      }
      o.write(b.array(), 0, b.position());
    }
  }

  static Map<String, String> flatJson(String text) {
    Map<String, String> m = new HashMap<>();
    for (String part : text.replaceAll("[{}\"]", "").split(",")) {
      int colon = part.indexOf(':');
      m.put(part.substring(0, colon).strip(), part.substring(colon + 1).strip());
    }
    return m;
  }
}
