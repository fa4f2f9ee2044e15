// ECharts with only the parts the pages use, and the world map from Natural Earth.
import * as echarts from "echarts/core";
import { BarChart, LineChart, MapChart } from "echarts/charts";
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import { numericToAlpha3 } from "./i18n";

echarts.use([BarChart, LineChart, MapChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

let mapRegistered = false;

/** Registers the Natural Earth 1:110m countries, each named by its ISO alpha-3 code. */
export function registerWorld(): void {
  if (mapRegistered) return;
  const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const fc = feature(topo, topo.objects.countries);
  const features = fc.features.map((f) => ({
    ...f,
    properties: { name: numericToAlpha3(String(f.id ?? "")) ?? f.properties?.name ?? "" },
  }));
  echarts.registerMap("world", { type: "FeatureCollection", features } as never);
  mapRegistered = true;
}

export { echarts };
