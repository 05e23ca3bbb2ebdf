package pk.gov.mashwara.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.TestFiles;
import pk.gov.mashwara.text.extraction.worker.TestDocuments;

/**
 * Hostile files made by the suite itself, beside those of {@link TestDocuments} and {@link TestFiles}: XML that
 * expands or reaches for a local file, Office files that are bombs, encrypted or cut short, files whose name lies
 * about their type and files that are two types at once.
 */
final class HostileFiles {

    private HostileFiles() {
    }

    /** The DOCTYPE of an external entity that names a local file. */
    static String xxeDoctype(String root, Path secret) {
        return "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
    }

    /** The classic "billion laughs": ten entities, each ten of the one before. */
    static String laughsDoctype(String root) {
        var doctype = new StringBuilder("<!DOCTYPE " + root + " [<!ENTITY lol0 \"lol\">");
        for (var i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        return doctype.append("]>").toString();
    }

    /** XHTML whose body refers to an external entity on the local file system. */
    static byte[] xhtmlXxe(Path secret) {
        return xhtml(xxeDoctype("html", secret), "Before the entity &xxe; after the entity.");
    }

    static byte[] xhtmlLaughs() {
        return xhtml(laughsDoctype("html"), "Laughing &lol9; done.");
    }

    private static byte[] xhtml(String doctype, String paragraph) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype
                + "\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Rules</title></head><body><p>"
                + paragraph + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    /** Plain XML (a type the portal does not accept) with an external entity. */
    static byte[] xmlXxe(Path secret) {
        return ("<?xml version=\"1.0\"?>\n" + xxeDoctype("rules", secret) + "\n<rules>&xxe;</rules>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A DOCX whose document refers to an external entity on the local file system. */
    static byte[] docxXxe(Path secret) {
        return rewrite(TestDocuments.docx("Entity draft", "Before the entity", "After the entity"),
                "word/document.xml", xml -> withDoctype(xml, xxeDoctype("w:document", secret))
                        .replace("Before the entity", "Before the entity &xxe;"));
    }

    static byte[] docxLaughs() {
        return rewrite(TestDocuments.docx("Laughing draft", "Laughing here"), "word/document.xml",
                xml -> withDoctype(xml, laughsDoctype("w:document")).replace("Laughing here", "Laughing here &lol9;"));
    }

    /** An ODT whose content refers to an external entity on the local file system. */
    static byte[] odtXxe(Path secret) {
        var content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + xxeDoctype("office:document-content", secret)
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text><text:p>Open document &xxe; entity</text:p></office:text></office:body>"
                + "</office:document-content>";
        var manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
                + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                + "<manifest:file-entry manifest:full-path=\"/\""
                + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            // the mimetype entry comes first and uncompressed, as the format requires
            var mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            var entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            var crc = new java.util.zip.CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
            put(zip, "content.xml", content.getBytes(StandardCharsets.UTF_8));
            put(zip, "META-INF/manifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A DOCX (a few dozen KB) whose one paragraph unpacks to {@code megabytes} of text. */
    static byte[] docxBomb(int megabytes) {
        return rewrite(TestDocuments.docx("Bomb", "EXPAND-HERE"), "word/document.xml",
                xml -> xml.replace("EXPAND-HERE", "a".repeat(megabytes * 1024 * 1024)));
    }

    /** A plain ZIP with one entry of {@code megabytes} of zeros. */
    static byte[] zipBomb(int megabytes) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("zeros.txt"));
            var block = new byte[1024 * 1024];
            for (var i = 0; i < megabytes; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A DOCX that carries an archive nested {@code depth} deep among its parts. */
    static byte[] docxWithNestedArchive(int depth) {
        var docx = TestDocuments.docx("Nested", "The outer document.");
        return add(docx, "word/embeddings/nested.zip", TestDocuments.nestedZip(depth));
    }

    /** A DOCX protected with a password, as Word writes it (an encrypted package in an OLE2 container). */
    static byte[] encryptedDocx() {
        var info = new EncryptionInfo(EncryptionMode.agile);
        var encryptor = info.getEncryptor();
        encryptor.confirmPassword("committee-secret");
        try (var fs = new POIFSFileSystem()) {
            try (var stream = encryptor.getDataStream(fs)) {
                stream.write(TestDocuments.docx("Protected", "Words behind a password."));
            }
            var out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] truncatedPdf() {
        var whole = Fixtures.uniquePdf("Cut short");
        return java.util.Arrays.copyOf(whole, whole.length / 2);
    }

    /** The first bytes of a Windows program. */
    static byte[] windowsProgram() {
        var bytes = new byte[2048];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        var pe = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(pe, 0, bytes, 78, pe.length);
        return bytes;
    }

    static byte[] shellScript() {
        return "#!/bin/sh\nrm -rf \"$HOME\"\n".getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] svgWithScript() {
        return ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                + "<script>alert(document.cookie)</script></svg>").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] htmlWithScript(String marker) {
        return ("<!DOCTYPE html><html><head><title>Rules</title><script>alert(document.cookie)</script></head>"
                + "<body onload=\"alert(1)\"><p>Visible rule text " + marker + ".</p>"
                + "<img src=x onerror=\"alert(2)\"></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    /** A PDF with a ZIP archive appended: a PDF to readers that start at the front, a ZIP to those at the end. */
    static byte[] pdfZipPolyglot() {
        return concat(Fixtures.uniquePdf("Polyglot PDF and ZIP"),
                TestFiles.zip(Map.of("payload.html", "<script>alert(1)</script>")));
    }

    /** A PDF that is also HTML with a script to a browser that sniffs. */
    static byte[] pdfHtmlPolyglot() {
        return concat(Fixtures.uniquePdf("Polyglot PDF and HTML"),
                "\n<html><body><script>alert(document.cookie)</script></body></html>\n"
                        .getBytes(StandardCharsets.US_ASCII));
    }

    /** A GIF header followed by HTML: refused, whatever it is called. */
    static byte[] gifHtmlPolyglot() {
        return "GIF89a/*<html><script>alert(1)</script></html>*/".getBytes(StandardCharsets.US_ASCII);
    }

    /** A ZIP with the entries in the order given. */
    static byte[] zip(java.util.SequencedMap<String, byte[]> entries) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                put(zip, entry.getKey(), entry.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String withDoctype(String xml, String doctype) {
        var end = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        return xml.substring(0, end) + doctype + xml.substring(end);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        var all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    /** The ZIP with one entry's text changed. */
    static byte[] rewrite(byte[] zipBytes, String entryName, UnaryOperator<String> change) {
        return copy(zipBytes, entryName, change, null, null);
    }

    private static byte[] add(byte[] zipBytes, String entryName, byte[] content) {
        return copy(zipBytes, null, null, entryName, content);
    }

    private static byte[] copy(byte[] zipBytes, String changed, UnaryOperator<String> change, String added,
            byte[] addedContent) {
        var out = new ByteArrayOutputStream();
        var found = false;
        try (var in = new ZipInputStream(new java.io.ByteArrayInputStream(zipBytes));
                var zip = new ZipOutputStream(out)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                var content = in.readAllBytes();
                if (entry.getName().equals(changed)) {
                    found = true;
                    var before = new String(content, StandardCharsets.UTF_8);
                    var after = change.apply(before);
                    if (after.length() <= before.length()) {
                        throw new IllegalStateException("The change did not apply to " + changed);
                    }
                    content = after.getBytes(StandardCharsets.UTF_8);
                }
                put(zip, entry.getName(), content);
            }
            if (added != null) {
                found = true;
                put(zip, added, addedContent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!found) {
            throw new IllegalArgumentException("No entry " + changed);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
