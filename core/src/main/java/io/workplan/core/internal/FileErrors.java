package io.workplan.core.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Why a file could not be read or written, in a person's words: {@code permission denied},
 * {@code it is a folder}, {@code no space left on the device}. The one home of these words for every
 * reader and writer, so that no message shows a Java exception's class, nor the name of a temporary
 * file the user never asked for (the exceptions of {@link AtomicFile} name its temporary file).
 */
public final class FileErrors {
    private FileErrors() {}

    /**
     * Why a file operation failed, without the exception's class or file name.
     *
     * @param e the failure
     * @return {@code permission denied}, {@code no such file or folder}, {@code it is a folder}, the
     *     operating system's reason in lower case, or the exception's message
     */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is a file, not a folder";
        }
        if (e instanceof FileAlreadyExistsException || e instanceof DirectoryNotEmptyException) {
            return "a folder of that name is in the way";
        }
        if (e instanceof FileSystemException) {
            String reason = ((FileSystemException) e).getReason();
            if (reason != null && !reason.isBlank()) {
                return osWords(reason);
            }
            return "the file system refused it";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "an input/output error" : message;
    }

    /**
     * Why a file that was to be read cannot be: the path names a folder, or {@link #reason(IOException)}.
     *
     * @param file the file
     * @param e the failure
     * @return the reason, for {@code the file cannot be read: …}
     */
    public static String readReason(Path file, IOException e) {
        return Files.isDirectory(file) ? "it is a folder, not a file" : reason(e);
    }

    /**
     * Why a file cannot be written, naming the file the user asked for (never the temporary file
     * beside it): a folder it cannot create files in, a folder in the way, or {@link #reason(IOException)}.
     *
     * @param target the file asked for
     * @param e the failure, of the target or of the temporary file beside it
     * @return {@code the folder /data/out does not exist}, {@code /data/out.xlsx is a folder}, {@code
     *     permission denied (the folder /data cannot be written to)}, …
     */
    public static String writeReason(Path target, IOException e) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            return absolute + " is a folder";
        }
        if (folder != null && !Files.isDirectory(folder)) {
            return "the folder " + folder + (Files.exists(folder) ? " is a file" : " does not exist");
        }
        if (e instanceof AccessDeniedException && folder != null && !Files.isWritable(folder)) {
            return "permission denied: files cannot be created in the folder " + folder;
        }
        return reason(e);
    }

    /** {@code No space left on device} as {@code no space left on device}; acronyms kept. */
    private static String osWords(String reason) {
        String r = reason.strip();
        return r.length() > 1 && Character.isUpperCase(r.charAt(0)) && Character.isLowerCase(r.charAt(1))
                ? r.substring(0, 1).toLowerCase(Locale.ROOT) + r.substring(1)
                : r;
    }
}
