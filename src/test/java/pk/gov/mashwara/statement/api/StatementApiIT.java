package pk.gov.mashwara.statement.api;

import static org.assertj.core.api.Assertions.assertThat;
import static pk.gov.mashwara.support.ApiAssertions.assertJsonError;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Element;

import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.ApiClient;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.WebIntegrationTest;

/**
 * The statements' API as a client meets it: proposed by a body, issued by the spokesperson, refused (403 with the
 * project's error body) to anyone else, a second issue told who issued first (409), an outsider's read of the
 * proposal not found; the Atom feed parsed as XML with the issued statements only.
 */
@WebIntegrationTest
class StatementApiIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    @Test
    void a_body_proposes_the_spokesperson_issues_and_anyone_else_is_refused() {
        var api = new ApiClient(port);
        var proposer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var speaker = fixtures.namedUser("test.spokesperson", "NSMCWG", Role.SPOKESPERSON);
        var moit = fixtures.namedUser("test.moit.officer", "MOIT", Role.COMMITTEE_OFFICER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var outsider = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var occasion = Fixtures.unique("PTA meets X <Corp> & partners");

        var created = api.postJson("/api/statements", "{\"textEn\":\"The PTA met X.\",\"textUr\":\"پی ٹی اے نے ایکس سے ملاقات کی۔\","
                + "\"occasion\":\"" + occasion + "\",\"company\":\"X\",\"urgency\":\"URGENT\"}",
                ApiClient.as(proposer.getUsername()));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long id = created.<Integer>json("$.id");
        assertThat(created.<String>json("$.status")).isEqualTo("PROPOSED");
        assertThat(created.<Boolean>json("$.allowed.issue")).isFalse();

        assertJsonError(api.get("/api/statements/" + id, ApiClient.as(outsider.getUsername())), 404, "not_found");
        assertJsonError(api.postJson("/api/statements", "{\"textEn\":\"\",\"occasion\":\"o\",\"company\":\"X\","
                + "\"urgency\":\"URGENT\"}", ApiClient.as(proposer.getUsername())), 400, "invalid_input");

        var now = java.time.ZonedDateTime.now(ZoneId.of("Asia/Karachi")).minusMinutes(10);
        var issue = "{\"date\":\"" + now.toLocalDate() + "\",\"time\":\"" + now.toLocalTime().withNano(0).withSecond(0)
                + "\",\"channel\":\"X_TWITTER\",\"finalText\":\"The PTA met X <Corp> & partners today.\",\"version\":"
                + created.<Integer>json("$.version") + "}";
        // the secretary and the proposer see it, but may not issue it
        for (var refused : new String[] { secretary.getUsername(), proposer.getUsername() }) {
            var reply = api.postJson("/api/statements/" + id + "/issue", issue, ApiClient.as(refused));
            assertJsonError(reply, 403, "forbidden");
            assertThat(reply.<String>json("$.message")).contains("spokesperson");
        }
        assertJsonError(api.postJson("/api/statements/" + id + "/issue", issue, ApiClient.as(outsider.getUsername())),
                404, "not_found");

        var issued = api.postJson("/api/statements/" + id + "/issue", issue, ApiClient.as(speaker.getUsername()));
        assertThat(issued.status()).as(issued.text()).isEqualTo(200);
        assertThat(issued.<Boolean>json("$.intact")).isTrue();
        // MoIT's officer, a moment late with the same version: told who issued it
        var late = api.postJson("/api/statements/" + id + "/issue", issue, ApiClient.as(moit.getUsername()));
        assertJsonError(late, 409, "conflict");
        assertThat(late.<String>json("$.message")).contains(speaker.displayName()).contains("issued this statement");

        var register = api.get("/api/statements/issued", ApiClient.as(outsider.getUsername()));
        assertThat(register.status()).isEqualTo(200);
        assertThat(register.<java.util.List<Integer>>json("$[*].statementId")).contains((int) id);
        var verification = api.get("/api/statements/" + id + "/verification", ApiClient.as(outsider.getUsername()));
        assertThat(verification.<String>json("$.hash")).isEqualTo(issued.<String>json("$.hash"));
    }

    @Test
    void the_atom_feed_is_valid_xml_with_the_issued_statements_only() throws Exception {
        var api = new ApiClient(port);
        var proposer = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var speaker = fixtures.namedUser("test.spokesperson", "NSMCWG", Role.SPOKESPERSON);
        var issuedOccasion = Fixtures.unique("Feed issued");
        var proposedOccasion = Fixtures.unique("Feed proposed");
        var ids = new ArrayList<Long>();
        for (var occasion : new String[] { issuedOccasion, proposedOccasion }) {
            var created = api.postJson("/api/statements", "{\"textEn\":\"Text\",\"occasion\":\"" + occasion
                    + "\",\"company\":\"TikTok\",\"urgency\":\"ROUTINE\"}", ApiClient.as(proposer.getUsername()));
            ids.add((long) created.<Integer>json("$.id"));
        }
        var finalText = "Statement on TikTok: \"fair\" <rules> & اردو متن \u0001.";
        var issued = api.postJson("/api/statements/" + ids.getFirst() + "/issue", "{\"date\":\""
                + LocalDate.now(ZoneId.of("Asia/Karachi")).minusDays(1) + "\",\"time\":\"11:15\",\"channel\":\"PRESS_RELEASE\","
                + "\"finalText\":\"" + finalText.replace("\"", "\\\"").replace("\u0001", "\\u0001") + "\",\"version\":0}",
                ApiClient.as(speaker.getUsername()));
        assertThat(issued.status()).as(issued.text()).isEqualTo(200);

        assertThat(api.get("/api/statements/issued.atom", null).status()).isEqualTo(401);
        var feed = api.get("/api/statements/issued.atom", ApiClient.as(fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER)
                .getUsername()));
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.header("Content-Type")).startsWith("application/atom+xml");

        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed.body()));
        var root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        for (var required : new String[] { "id", "title", "updated", "author" }) {
            assertThat(root.getElementsByTagNameNS(AtomFeed.ATOM, required).getLength()).as(required).isPositive();
        }
        var entries = root.getElementsByTagNameNS(AtomFeed.ATOM, "entry");
        var titles = new ArrayList<String>();
        Element ours = null;
        for (var i = 0; i < entries.getLength(); i++) {
            var entry = (Element) entries.item(i);
            for (var required : new String[] { "id", "title", "updated" }) {
                assertThat(entry.getElementsByTagNameNS(AtomFeed.ATOM, required).getLength()).as(required).isEqualTo(1);
            }
            var title = entry.getElementsByTagNameNS(AtomFeed.ATOM, "title").item(0).getTextContent();
            titles.add(title);
            if (title.contains(issuedOccasion)) {
                ours = entry;
            }
        }
        assertThat(titles).anyMatch(t -> t.contains(issuedOccasion)).noneMatch(t -> t.contains(proposedOccasion));
        assertThat(ours).isNotNull();
        assertThat(ours.getElementsByTagNameNS(AtomFeed.ATOM, "id").item(0).getTextContent())
                .isEqualTo("tag:mashwara.gov.pk,2021:statement/" + ids.getFirst());
        // escaped by the writer and read back as written, less the control character XML cannot carry
        assertThat(ours.getElementsByTagNameNS(AtomFeed.ATOM, "content").item(0).getTextContent())
                .isEqualTo(finalText.replace("\u0001", ""));
        assertThat(entries.getLength()).isEqualTo(api.get("/api/statements/issued", ApiClient.as(proposer.getUsername()))
                .<java.util.List<Object>>json("$").size());
    }
}
