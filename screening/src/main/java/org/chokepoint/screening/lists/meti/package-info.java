/**
 * METI's end-user lists of Japan's export ban on Russia, Belarus and third countries, read from the
 * text of the published PDFs: numbered entries with Japanese and English names, aliases and
 * addresses, in two layouts and with the line breaks and run-together lines of PDF extraction.
 */
package org.chokepoint.screening.lists.meti;
