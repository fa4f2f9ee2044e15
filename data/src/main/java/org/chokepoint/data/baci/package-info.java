/**
 * CEPII BACI, as released: yearly {@code BACI_HS{rev}_Y{year}_V{release}.csv} ({@code
 * t,i,j,k,v,q}), {@code country_codes_V{release}.csv} and {@code product_codes_HS{rev}_V{release}
 * .csv}. BACI's numeric country codes, its "Other Asia, nes" (Taiwan, {@code S19}) and its
 * non-country groupings are translated here and nowhere else.
 */
package org.chokepoint.data.baci;
