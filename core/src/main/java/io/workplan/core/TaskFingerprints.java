package io.workplan.core;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A task's identity in 64 bits, and the tasks seen so far as such fingerprints: what finds the
 * same task listed twice in bounded memory (12 bytes a slot, at most two slots a task), without
 * keeping the tasks, when a report is read or checked entry by entry.
 *
 * <pre>{@code
 * TaskFingerprints seen = new TaskFingerprints();
 * for (Task task : tasks) {
 *     int first = seen.firstIndexOf(task, index++);   // -1 when the task is new
 * }
 * }</pre>
 *
 * <h2>The fingerprint</h2>
 *
 * {@link #fingerprint(Task)} is the first 64 bits of the SHA-256 of every attribute of the task as
 * its {@code equals} compares them, each with its kind and length, the attributes of its category
 * and units included. The attributes are found from the value type itself (every field of its
 * generated implementation), not from a list kept by hand, so an attribute added to {@link Task}
 * is part of the identity at once. A map attribute ({@link Task#extras()}) counts without its
 * order, as {@code equals} does. So equal tasks always have equal fingerprints; two different
 * tasks have equal fingerprints with a probability of about n²/2⁶⁵ among n tasks (3·10⁻⁸ for a
 * million tasks): such a task would be taken for a repetition of the other.
 *
 * <p>Instances are not safe for use by several threads at once; {@link #fingerprint(Task)} is.
 *
 * @since 0.2.0
 */
public final class TaskFingerprints {
    private static final int NONE = -1;

    /** The fields of each value type's implementation, in order of name: its attributes. */
    private static final Map<Class<?>, List<Field>> ATTRIBUTES = new ConcurrentHashMap<>();

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    });

    private long[] keys = new long[16];
    private int[] indices = new int[16];
    private int size;
    private int indexOfZero = NONE;

    /** An empty set of fingerprints. */
    public TaskFingerprints() {}

    /**
     * A task's fingerprint: equal tasks have equal fingerprints.
     *
     * @param task the task
     * @return the first 64 bits of the SHA-256 of its attributes
     * @throws NullPointerException when task is null
     */
    public static long fingerprint(Task task) {
        if (task == null) {
            throw new NullPointerException("task");
        }
        Encoder encoder = new Encoder();
        encoder.value(task);
        MessageDigest sha256 = SHA_256.get();
        sha256.reset();
        sha256.update(encoder.out.buffer(), 0, encoder.out.size());
        byte[] digest = sha256.digest();
        long key = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            key = key << 8 | (digest[i] & 0xFF);
        }
        return key;
    }

    /**
     * Records a task's index, unless the same task was seen before.
     *
     * @param task the task
     * @param index its index (a row, a place in the report), 0 or more
     * @return the index of the same task seen before, or -1 when it is new (and now recorded)
     * @throws NullPointerException when task is null
     */
    public int firstIndexOf(Task task, int index) {
        return firstIndexOf(fingerprint(task), index);
    }

    /**
     * Records a fingerprint's index, unless the fingerprint was seen before.
     *
     * @param fingerprint a task's {@linkplain #fingerprint(Task) fingerprint}
     * @param index its index, 0 or more
     * @return the index recorded with the same fingerprint before, or -1 when it is new (and now
     *     recorded)
     */
    public int firstIndexOf(long fingerprint, int index) {
        if (fingerprint == 0) {
            if (indexOfZero == NONE) {
                indexOfZero = index;
                return NONE;
            }
            return indexOfZero;
        }
        int mask = keys.length - 1;
        for (int i = slot(fingerprint, mask); ; i = (i + 1) & mask) {
            if (keys[i] == fingerprint) {
                return indices[i];
            }
            if (keys[i] == 0) {
                keys[i] = fingerprint;
                indices[i] = index;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return NONE;
            }
        }
    }

    /**
     * How many different fingerprints were recorded.
     *
     * @return the count
     */
    public int size() {
        return size + (indexOfZero == NONE ? 0 : 1);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldIndices = indices;
        keys = new long[oldKeys.length * 2];
        indices = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = slot(oldKeys[j], mask);
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                indices[i] = oldIndices[j];
            }
        }
    }

    private static int slot(long key, int mask) {
        return (int) (key ^ (key >>> 32)) & mask;
    }

    /**
     * The attributes of a value type of this package: the instance fields of its generated
     * implementation that {@code equals} compares (a lazily computed hash code is transient).
     */
    private static List<Field> attributes(Class<?> type) {
        return ATTRIBUTES.computeIfAbsent(type, t -> {
            List<Field> fields = new ArrayList<>();
            for (Field field : t.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
            fields.sort(Comparator.comparing(Field::getName));
            return List.copyOf(fields);
        });
    }

    /** Whether a class is the generated implementation of one of this package's value types. */
    private static boolean isValueType(Class<?> type) {
        return type.getPackage() == Task.class.getPackage() && type.getSimpleName().startsWith("Immutable");
    }

    /** Writes a value's bytes, each part with its kind and length, so that the encoding is unambiguous. */
    private static final class Encoder {
        final Bytes out = new Bytes();

        void value(Object value) {
            if (value == null) {
                tag('0');
            } else if (value instanceof String) {
                tag('s');
                text((String) value);
            } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
                tag('i');
                number(((Number) value).longValue());
            } else if (value instanceof Boolean) {
                tag((Boolean) value ? 'T' : 'F');
            } else if (value instanceof Enum) {
                tag('e');
                text(((Enum<?>) value).name());
            } else if (value instanceof BigDecimal || value instanceof TemporalAccessor) {
                // toString tells apart what equals tells apart: a BigDecimal's scale, a date.
                tag('d');
                text(value.toString());
            } else if (value instanceof Optional) {
                tag('o');
                value(((Optional<?>) value).orElse(null));
            } else if (value instanceof OptionalInt) {
                OptionalInt optional = (OptionalInt) value;
                tag('n');
                value(optional.isPresent() ? Integer.valueOf(optional.getAsInt()) : null);
            } else if (value instanceof List) {
                tag('l');
                elements((List<?>) value);
            } else if (value instanceof Set) {
                tag('u');
                unordered((Set<?>) value);
            } else if (value instanceof Map) {
                tag('m');
                unordered(((Map<?, ?>) value).entrySet());
            } else if (value instanceof Map.Entry) {
                Map.Entry<?, ?> entry = (Map.Entry<?, ?>) value;
                value(entry.getKey());
                value(entry.getValue());
            } else if (isValueType(value.getClass())) {
                tag('v');
                text(value.getClass().getSimpleName());
                for (Field field : attributes(value.getClass())) {
                    try {
                        value(field.get(value));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException("the attribute " + field + " cannot be read", e);
                    }
                }
            } else {
                throw new IllegalArgumentException("no fingerprint for a value of " + value.getClass()
                        + "; TaskFingerprints needs to learn this type of attribute");
            }
        }

        private void elements(List<?> list) {
            number(list.size());
            for (Object element : list) {
                value(element);
            }
        }

        /** A collection whose order equals ignores: its elements' encodings, sorted. */
        private void unordered(Collection<?> elements) {
            number(elements.size());
            if (elements.size() == 1) {
                value(elements.iterator().next());
                return;
            }
            List<byte[]> encoded = new ArrayList<>(elements.size());
            for (Object element : elements) {
                Encoder part = new Encoder();
                part.value(element);
                encoded.add(part.out.toByteArray());
            }
            encoded.sort(Arrays::compare);
            encoded.forEach(out::writeBytes);
        }

        private void tag(char kind) {
            out.write(kind);
        }

        /** A text as its UTF-16 code units, two bytes each, after its length: equal texts, equal bytes. */
        private void text(String text) {
            int length = text.length();
            number(length);
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                out.write(c >>> 8);
                out.write(c);
            }
        }

        private void number(long n) {
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) (n >>> shift));
            }
        }
    }

    /** A growing byte buffer, unsynchronised, whose array the digest reads without a copy. */
    private static final class Bytes {
        private byte[] buf = new byte[256];
        private int size;

        void write(int b) {
            if (size == buf.length) {
                buf = Arrays.copyOf(buf, size * 2);
            }
            buf[size++] = (byte) b;
        }

        void writeBytes(byte[] bytes) {
            for (byte b : bytes) {
                write(b);
            }
        }

        byte[] buffer() {
            return buf;
        }

        int size() {
            return size;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buf, size);
        }
    }
}
