package io.kiosque.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.kiosque.article.Block;
import io.kiosque.dev.DemoContent;
import io.kiosque.http.ProblemException;

class WireCopyParserTest {

    @Test
    void readsTheSeedArticleLayout() {
        WireCopy copy = WireCopyParser.parse(DemoContent.seedText());
        assertEquals("La Corée du Nord affirme son alliance stratégique avec Moscou dans le conflit ukrainien",
                copy.headline());
        assertTrue(copy.standfirst().startsWith("Kim Jong-un affirme son soutien total"));
        assertEquals("Rencontre entre Kim Jong-un et Sergueï Lavrov à Pyongyang", copy.imageCaption());
        assertEquals("Marline Contrasty", copy.byline());
        assertEquals("Journaliste politique, défend une ligne libérale et humaniste.", copy.bio());
        List<Block> body = copy.body();
        assertEquals(8, body.size());
        for (int i = 0; i < body.size(); i++) {
            assertEquals(i % 2 == 0 ? Block.Heading.class : Block.Paragraph.class, body.get(i).getClass(),
                    "block " + i);
        }
        assertEquals(new Block.Heading("Un rapprochement diplomatique significatif entre Pyongyang et Moscou"),
                body.get(0));
        assertTrue(((Block.Paragraph) body.get(1)).text().contains("soutien 'inconditionnel'"));
        assertEquals(new Block.Heading("Analyse des implications pour l'équilibre géopolitique européen"), body.get(6));
    }

    @Test
    void windowsLineEndingsAndBlankLinesAreIgnored() {
        WireCopy copy = WireCopyParser.parse(
                "Titre\r\n\r\nChapô.\r\n\r\nUn paragraphe qui se termine.\r\nJeanne Dupont\r\nReporter.\r\n");
        assertEquals("Titre", copy.headline());
        assertEquals(List.of(new Block.Paragraph("Un paragraphe qui se termine.")), copy.body());
        assertEquals("Jeanne Dupont", copy.byline());
    }

    @Test
    void tooFewLinesIsAnUnreadableProblem() {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> WireCopyParser.parse("Titre\nChapô\nJeanne Dupont"));
        assertEquals(400, problem.status());
        assertTrue(problem.getMessage().contains("five non-blank lines"));
    }

    @Test
    void aBodyWithoutParagraphIsRefused() {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> WireCopyParser.parse("Titre\nChapô.\nIntertitre\nAutre intertitre\nJeanne Dupont\nReporter."));
        assertTrue(problem.getMessage().contains("No paragraph"));
    }

    @Test
    void aSentenceInPlaceOfTheBylineIsRefused() {
        ProblemException problem = assertThrows(ProblemException.class, () -> WireCopyParser
                .parse("Titre\nChapô.\nUn paragraphe.\nCeci est une phrase complète.\nReporter."));
        assertTrue(problem.getMessage().contains("byline"));
    }
}
