package dev.vpsnap.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** POSIX permission checks and attributes; on file systems without POSIX permissions every check passes. */
final class FilePermissions {
    static final String OWNER_ONLY_FILE = "rw-------";
    static final String OWNER_ONLY_DIR = "rwx------";

    private FilePermissions() {
    }

    static boolean isPosix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** True when group or others may read {@code p} (following links); false where the file system is not POSIX. */
    static boolean readableByGroupOrOthers(Path p) throws IOException {
        if (!isPosix(p)) {
            return false;
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
            return perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ);
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    static FileAttribute<?>[] ownerOnly(Path where, String perms) {
        return isPosix(where)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(perms))}
                : new FileAttribute<?>[0];
    }
}
