package io.workplan.sheet.internal;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Task;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The tasks seen so far, as 64-bit fingerprints with the row of each, so that the same task listed
 * twice is found in bounded memory (12 bytes a slot, at most two slots a task) without keeping the
 * tasks.
 *
 * <p>A fingerprint is the first 64 bits of the SHA-256 of every attribute of the task, each with
 * its length, so that equal tasks always have equal fingerprints. Two different tasks have equal
 * fingerprints with a probability of about n²/2⁶⁵ among n tasks (3·10⁻⁸ for a million tasks): such
 * a task would be taken for a repetition of the other. Only tasks without a number need a
 * fingerprint: the assembler gives each number to one task at most, so numbered tasks all differ.
 */
final class TaskFingerprints {
    private static final int NONE = -1;

    private final MessageDigest sha256;
    private long[] keys = new long[16];
    private int[] rows = new int[16];
    private int size;
    private int rowOfZero = NONE;

    TaskFingerprints() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * Records a task's row, unless the same task was seen before.
     *
     * @param task the task
     * @param row its 0-based row
     * @return the row of the same task seen before, or -1 when it is new (and now recorded)
     */
    int firstRowOf(Task task, int row) {
        long key = fingerprint(task);
        if (key == 0) {
            if (rowOfZero == NONE) {
                rowOfZero = row;
                return NONE;
            }
            return rowOfZero;
        }
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return rows[i];
            }
            if (keys[i] == 0) {
                keys[i] = key;
                rows[i] = row;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return NONE;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        keys = new long[oldKeys.length * 2];
        rows = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = slot(oldKeys[j], mask);
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                rows[i] = oldRows[j];
            }
        }
    }

    private static int slot(long key, int mask) {
        return (int) (key ^ (key >>> 32)) & mask;
    }

    private long fingerprint(Task task) {
        sha256.reset();
        Optional<Category> category = task.category();
        add(category.isPresent() ? 1 : 0);
        category.ifPresent(c -> {
            add(c.enumerator());
            add(c.name());
        });
        add(task.content());
        add(task.leader());
        add(task.leadUnits());
        add(task.responsibleUnits());
        add(task.remark());
        add(task.extras().size());
        task.extras().forEach((header, value) -> {
            add(header);
            add(value);
        });
        return ByteBuffer.wrap(Arrays.copyOf(sha256.digest(), Long.BYTES)).getLong();
    }

    private void add(Optional<String> text) {
        add(text.isPresent() ? 1 : 0);
        text.ifPresent(this::add);
    }

    private void add(List<LeadUnit> units) {
        add(units.size());
        units.forEach(u -> add(u.name()));
    }

    private void add(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        add(bytes.length);
        sha256.update(bytes);
    }

    private void add(int n) {
        sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(n).array());
    }
}
