package org.chokepoint.network.firm;

import java.util.Arrays;

/**
 * The strongly connected components of a {@link FirmNetwork} (Tarjan's algorithm, with an explicit
 * stack so that chains of a million firms do not overflow the thread's stack), numbered upstream
 * first: every supplier of a node belongs to the node's component or to one with a smaller number.
 * Walking the components in number order therefore meets each firm after all of its suppliers
 * outside its own cycle.
 */
public final class StrongComponents {
  private final int[] component;
  private final int[] start;
  private final int[] members;

  private StrongComponents(int[] component, int[] start, int[] members) {
    this.component = component;
    this.start = start;
    this.members = members;
  }

  /** Finds the components by walking from each node to its suppliers. */
  public static StrongComponents of(FirmNetwork network) {
    int n = network.nodeCount();
    int[] inStart = network.inStart();
    int[] inSupplier = network.inSupplier();
    int[] index = new int[n];
    int[] low = new int[n];
    int[] component = new int[n];
    int[] stack = new int[n];
    int[] call = new int[n];
    int[] cursor = new int[n];
    int[] start = new int[n + 1];
    int[] members = new int[n];
    Arrays.fill(index, -1);
    int counter = 0;
    int sp = 0;
    int count = 0;
    int placed = 0;
    for (int root = 0; root < n; root++) {
      if (index[root] >= 0) {
        continue;
      }
      int top = 0;
      call[0] = root;
      cursor[0] = inStart[root];
      index[root] = low[root] = counter++;
      stack[sp++] = root;
      while (top >= 0) {
        int v = call[top];
        int e = cursor[top];
        if (e < inStart[v + 1]) {
          cursor[top] = e + 1;
          int w = inSupplier[e];
          int iw = index[w];
          if (iw < 0) {
            index[w] = low[w] = counter++;
            stack[sp++] = w;
            call[++top] = w;
            cursor[top] = inStart[w];
          } else if (iw < low[v]) {
            low[v] = iw; // w is still on the stack (finished nodes have index MAX_VALUE)
          }
          continue;
        }
        top--;
        if (top >= 0 && low[v] < low[call[top]]) {
          low[call[top]] = low[v];
        }
        if (low[v] == index[v]) {
          start[count] = placed;
          int w;
          do {
            w = stack[--sp];
            component[w] = count;
            index[w] = Integer.MAX_VALUE;
            members[placed++] = w;
          } while (w != v);
          count++;
        }
      }
    }
    start[count] = placed;
    return new StrongComponents(component, Arrays.copyOf(start, count + 1), members);
  }

  /** Number of components. */
  public int count() {
    return start.length - 1;
  }

  /** The component of {@code node}. */
  public int componentOf(int node) {
    return component[node];
  }

  /** Number of nodes in component {@code c}. */
  public int size(int c) {
    return start[c + 1] - start[c];
  }

  /** The nodes of component {@code c}. */
  public int[] members(int c) {
    return Arrays.copyOfRange(members, start[c], start[c + 1]);
  }

  /** Size of the largest component. */
  public int largestSize() {
    int max = 0;
    for (int c = 0; c < count(); c++) {
      max = Math.max(max, size(c));
    }
    return max;
  }

  int[] componentArray() {
    return component;
  }

  int[] startArray() {
    return start;
  }

  int[] memberArray() {
    return members;
  }
}
