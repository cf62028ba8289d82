package io.github.billet.i18n.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProseScannerTest {

  /** Words as scanned, cited ones in brackets, capitalized ones marked with ^. */
  private static List<String> words(String markdown) {
    List<String> out = new ArrayList<>();
    ProseScanner.scan(
        markdown,
        (w, len, flags) -> {
          String word = new String(w, 0, len);
          if ((flags & ProseScanner.CAPITALIZED) != 0) {
            word = "^" + word;
          }
          if ((flags & ProseScanner.CITED) != 0) {
            word = "[" + word + "]";
          }
          out.add(word);
        });
    return out;
  }

  private static String plain(String markdown) {
    return String.join(" ", words(markdown)).replaceAll("[\\[\\]^]", "");
  }

  @Test
  void wordsAreLowerCasedWithElisionsKept() {
    assertThat(words("L’été, l'administration s'ouvre au libre."))
        .containsExactly("^l'", "été", "l'", "administration", "s'", "ouvre", "au", "libre");
    assertThat(plain("open-source, 2024 et CO2")).isEqualTo("open source et co");
    assertThat(plain("rock 'n' roll")).isEqualTo("rock n roll");
  }

  @Test
  void frontMatterIsSkipped() {
    assertThat(plain("---\ntitle: The title\ntags:\n  - x\n---\nCorps du texte"))
        .isEqualTo("corps du texte");
    assertThat(plain("\uFEFF+++\ntitle = \"x\"\n+++\nTexte")).isEqualTo("texte");
    assertThat(plain("---\nnot closed\ntext")).isEqualTo("not closed text");
    assertThat(plain("Texte\n\n---\n\nsuite")).isEqualTo("texte suite");
  }

  @Test
  void codeIsSkipped() {
    String md =
        "Avant\n\n```java\nthe code of the thing\n```\n\nentre `the inline code` et ``a ` b``\n"
            + "~~~~\nmore code\n~~~\nstill code\n~~~~\naprès";
    assertThat(plain(md)).isEqualTo("avant entre et après");
    assertThat(plain("un ` seul")).isEqualTo("un seul");
  }

  @Test
  void htmlTagsAndCommentsAreSkipped() {
    String md =
        "<figure class=\"the media\"\n  role=\"group\" aria-label=\"Staff of the unit\">\n"
            + "<img src=\"/x.png\" alt=\"the image\"/></figure>\n<!-- the comment\n"
            + "on two lines -->Texte <br/> ici, 3 < 4 et <td>cellule</td>";
    assertThat(plain(md)).isEqualTo("texte ici et cellule");
  }

  @Test
  void linksKeepTheirTextButNotTheirTarget() {
    assertThat(words("Voir [la page](https://example.org/the-page-of-the-thing \"The title\")."))
        .containsExactly("^voir", "[la]", "[page]");
    assertThat(plain("Un [lien (a) b](/fr/x_(y)/z) puis")).isEqualTo("un lien a b puis");
    assertThat(plain("![the alt](./img.png) texte")).isEqualTo("the alt texte");
    assertThat(plain("[ref]: https://example.org/the/thing \"The Thing\"\nTexte"))
        .isEqualTo("texte");
  }

  @Test
  void urlsAndAddressesAreSkipped() {
    assertThat(
            plain("Lire https://example.org/how-to-do-the-thing?x=1 et www.example.org/the/path."))
        .isEqualTo("lire et");
    assertThat(plain("Auto <https://example.org/the-end> fin")).isEqualTo("auto fin");
    assertThat(plain("Écrire à contact@example.org ou @handle")).isEqualTo("écrire à ou");
    assertThat(plain("Le protocole ftp://host/the/file")).isEqualTo("le protocole");
  }

  @Test
  void shortcodesAttributesAndEntitiesAreSkipped() {
    String md =
        "{% imageContent \"./the-file.png\", \"The alt text\" %}\nTexte"
            + "[lien](/x){.fr-link .fr-fi-arrow-right-line} {{ the.value }} &nbsp;&#8239;fin"
            + " {#the-id} {:the} {brace} R&D";
    assertThat(plain(md)).isEqualTo("texte lien fin brace r d");
  }

  @Test
  void escapesHideTheNextCharacter() {
    assertThat(plain("a\\*b \\[c\\] d")).isEqualTo("a b c d");
    assertThat(plain("ligne\\\n```\ncode\n```\nfin\\")).isEqualTo("ligne fin");
  }

  @Test
  void windowsLineEndingsAreUnderstood() {
    String md = "---\r\ntitle: The title\r\n---\r\n\r\nTexte\r\n```\r\nthe code\r\n```\r\nfin";
    assertThat(plain(md)).isEqualTo("texte fin");
  }

  @Test
  void translationNoticeIsSkippedOnlyWhenFirst() {
    String md = "---\nt: x\n---\n\n*Read the [English version](/en/x/).*\n\nTexte français.";
    assertThat(plain(md)).isEqualTo("texte français");
    assertThat(plain("_Lire la [version française](/fr/x/)._\n\nEnglish text"))
        .isEqualTo("english text");
    assertThat(plain("*Lire la [version](/fr/x/)*\nsuite du paragraphe"))
        .isEqualTo("lire la version suite du paragraphe");
    assertThat(plain("*Italique sans lien.*\n\nTexte")).isEqualTo("italique sans lien texte");
    assertThat(plain("Texte.\n\n*Read the [English version](/en/x/).*"))
        .isEqualTo("texte read the english version");
  }

  @Test
  void quotationsAreCitedOnTheirLineOnly() {
    assertThat(words("Il dit « the end » puis “more” et \"last\" fin"))
        .containsExactly("^il", "dit", "[the]", "[end]", "puis", "[more]", "et", "[last]", "fin");
    assertThat(words("« ouvert\nfermé")).containsExactly("[ouvert]", "fermé");
    assertThat(words("[a\nb")).containsExactly("[a]", "b");
  }

  @Test
  void longWordsAreCutNotLost() {
    String longWord = "a".repeat(100);
    assertThat(words(longWord + " b")).hasSize(2);
    assertThat(words(longWord).get(0)).hasSize(48);
  }

  @Test
  void emptyAndNoiseOnlyTextsHaveNoWords() {
    assertThat(words("")).isEmpty();
    assertThat(words("---\ntitle: x\n---\n")).isEmpty();
    assertThat(words("<br>\n\n```\ncode\n```\n| --- | --- |\n1234 ***")).isEmpty();
  }
}
