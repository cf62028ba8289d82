/** Billet i18n: public API. */
package io.github.billet.i18n;
