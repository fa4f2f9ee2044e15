/**
 * Screening as the surfaces call it: lists from the catalog ({@link
 * org.chokepoint.screening.service.CatalogLists}), a service that indexes every name of every list
 * and screens one name or compares two ({@link org.chokepoint.screening.service.ScreeningService}),
 * and the results, each citing the list version it used.
 */
package org.chokepoint.screening.service;
