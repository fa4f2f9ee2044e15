package org.chokepoint.data.hs;

import java.util.ArrayList;
import java.util.List;
import org.chokepoint.data.catalog.Dataset;
import org.chokepoint.product.HsNomenclature;
import org.chokepoint.product.HsProduct;

/** Reads an imported HS dataset. */
public final class HsDataset {
  private HsDataset() {}

  public static HsNomenclature nomenclature(Dataset dataset) {
    List<HsProduct> list = new ArrayList<>();
    dataset
        .table(HsImporter.CODES)
        .forEachRow(
            r ->
                list.add(
                    new HsProduct(
                        r.get("code"), r.get("parent"), r.get("section"), r.get("description"))));
    return new HsNomenclature(list);
  }
}
