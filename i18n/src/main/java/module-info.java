/** Billet i18n. */
module io.github.billet.i18n {
  requires transitive io.github.billet.core;
  requires org.slf4j;

  exports io.github.billet.i18n;
}
