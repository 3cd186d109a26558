package dev.kabinet.account.appeals;

import dev.kabinet.platform.problem.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An appeal as the resident writes it, checked (AC-5): the text 1 to 5000 characters; at most {@code maxFiles} files
 * of at most {@code maxFileSize} each, each a JPEG, PNG or PDF by its bytes with a name whose extension agrees, a name
 * with no path in it (no {@code /}, {@code \}, {@code ..}, control characters) of at most 100 characters. Names keep
 * letters, digits, spaces, {@code .}, {@code _}, {@code -} and {@code ()}; anything else becomes {@code _}.
 */
public record AppealForm(AppealType type, Addressee addressee, String text, List<CheckedFile> files) {

    /** A file as the resident's browser sent it. */
    public record Upload(String originalName, byte[] content) {}

    /** A file that passed: its safe name and what its bytes are. */
    public record CheckedFile(String fileName, AttachmentType type, byte[] content) {}

    public static final int MAX_TEXT = 5000;
    private static final int MAX_NAME = 100;
    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N} ._()\\-]");
    /** A separator, a parent step or any control or line-breaking character anywhere in the name (found, not matched). */
    private static final Pattern PATH = Pattern.compile("[/\\\\\\x00-\\x1F\\x7F-\\x9F\\u2028\\u2029]|\\.\\.");

    /**
     * @throws AppealInvalid with every field's problem at once: {@code text}, {@code files}, {@code files[i]}
     */
    public static AppealForm of(
            AppealType type, Addressee addressee, String text, List<Upload> uploads, AppealsProperties limits) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(addressee, "addressee");
        var errors = new ArrayList<FieldProblem>();
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            errors.add(FieldProblem.of("text", "field.appeal.text-required"));
        } else if (body.length() > MAX_TEXT) {
            errors.add(FieldProblem.of("text", "field.appeal.text-length", MAX_TEXT));
        }
        var files = new ArrayList<CheckedFile>();
        if (uploads.size() > limits.maxFiles()) {
            errors.add(FieldProblem.of("files", "field.appeal.too-many-files", limits.maxFiles()));
        } else {
            for (int i = 0; i < uploads.size(); i++) {
                checked(uploads.get(i), "files[" + i + "]", limits, errors).ifPresent(files::add);
            }
        }
        if (!errors.isEmpty()) {
            throw new AppealInvalid(errors);
        }
        return new AppealForm(type, addressee, body, List.copyOf(files));
    }

    private static java.util.Optional<CheckedFile> checked(
            Upload upload, String field, AppealsProperties limits, List<FieldProblem> errors) {
        String name = upload.originalName() == null ? "" : upload.originalName().strip();
        if (name.isEmpty() || PATH.matcher(name).find() || name.startsWith(".")) {
            errors.add(FieldProblem.of(field, "field.appeal.file-name"));
            return java.util.Optional.empty();
        }
        byte[] content = upload.content();
        if (content.length == 0) {
            errors.add(FieldProblem.of(field, "field.appeal.file-empty", name));
            return java.util.Optional.empty();
        }
        if (content.length > limits.maxFileSize().toBytes()) {
            errors.add(FieldProblem.of(
                    field,
                    "field.appeal.file-too-large",
                    name,
                    limits.maxFileSize().toMegabytes()));
            return java.util.Optional.empty();
        }
        var type = AttachmentType.of(content);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (type.isEmpty() || !type.get().takesExtension(extension)) {
            errors.add(FieldProblem.of(field, "field.appeal.file-type", name));
            return java.util.Optional.empty();
        }
        String safe = UNSAFE.matcher(name).replaceAll("_");
        if (safe.length() > MAX_NAME) {
            safe = safe.substring(0, MAX_NAME - extension.length() - 1) + "." + extension;
        }
        return java.util.Optional.of(new CheckedFile(safe, type.get(), content));
    }
}
