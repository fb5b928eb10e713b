package dev.latchkey.accounts.password.control;

import com.sun.jna.Callback;
import com.sun.jna.CallbackReference;
import com.sun.jna.Function;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import de.mkammerer.argon2.jna.Argon2Library;
import de.mkammerer.argon2.jna.Argon2_context;
import de.mkammerer.argon2.jna.Argon2_version;
import de.mkammerer.argon2.jna.JnaUint32;
import de.mkammerer.argon2.jna.Size_t;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Argon2id by the reference C implementation (argon2-jvm's JNA binding), with its working memory
 * kept between hashes. Left to itself the library takes 19 MiB from malloc for every hash and
 * gives it back, so each hash met thousands of fresh pages (page faults, and the kernel zeroing
 * them: about an eighth of the service's CPU under sign-in load, bench/login.sh). Here a hash
 * borrows a work area that lives as long as the node; the library still wipes it after every hash.
 * There are never more areas than hashes running at once ({@link PasswordHasher} allows one per core).
 * A stored hash asking for more memory than an area holds gets its own, freed at once.
 */
final class Argon2Native {

    private static final int ARGON2_OK = 0;
    private static final int ARGON2_MEMORY_ALLOCATION_ERROR = -22;
    /** The library wipes the password and the secret it was given as soon as it has read them. */
    private static final int CLEAR_PASSWORD_AND_SECRET = 0b11;
    private static final int VERSION_13 = 0x13;
    private static final long HUGE_PAGE = 2L << 20;
    private static final int MADV_HUGEPAGE = 14;

    private final Argon2Library library;
    private final long areaBytes;
    private final ConcurrentLinkedQueue<WorkArea> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger areas = new AtomicInteger();

    private Argon2Native(Argon2Library library, int areaKib) {
        this.library = library;
        this.areaBytes = areaKib * 1024L;
    }

    /** The binding with work areas of the given size, tried once; a LinkageError where argon2-jvm has no library for this platform. */
    static Argon2Native load(int areaKib) {
        Argon2Native argon2 = new Argon2Native(Argon2Library.INSTANCE, areaKib);
        argon2.hash(new byte[1], new byte[16], 8, 1, 1, 32);
        return argon2;
    }

    byte[] hash(byte[] password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
        WorkArea area = idle.poll();
        if (area == null) {
            area = new WorkArea(areaBytes);
            areas.incrementAndGet();
        }
        try {
            return area.hash(library, password, salt, memoryKib, iterations, parallelism, length);
        } finally {
            idle.offer(area);
        }
    }

    /** How many work areas exist (never more than the hashes that ran at once). */
    int areas() {
        return areas.get();
    }

    /** libargon2's {@code allocate_fptr}: {@code int (*)(uint8_t **memory, size_t bytes)}. */
    public interface Allocate extends Callback {
        int invoke(Pointer memory, Size_t bytes);
    }

    /** libargon2's {@code deallocate_fptr}: {@code void (*)(uint8_t *memory, size_t bytes)}. */
    public interface Deallocate extends Callback {
        void invoke(Pointer memory, Size_t bytes);
    }

    /** One hash at a time: its memory, its context and the two callbacks that hand the memory out. */
    private static final class WorkArea {
        private final Memory memory;
        private final Allocate allocate;
        private final Deallocate deallocate;
        private final Argon2_context.ByReference context = new Argon2_context.ByReference();

        WorkArea(long bytes) {
            memory = hugePages(bytes);
            allocate = (target, size) -> {
                long wanted = size.longValue();
                long address = wanted <= bytes ? Pointer.nativeValue(memory) : Native.malloc(wanted);
                if (address == 0) {
                    return ARGON2_MEMORY_ALLOCATION_ERROR;
                }
                target.setPointer(0, new Pointer(address));
                return ARGON2_OK;
            };
            deallocate = (block, size) -> {
                long address = Pointer.nativeValue(block);
                if (address != Pointer.nativeValue(memory)) {
                    Native.free(address);
                }
            };
            context.allocate_cbk = CallbackReference.getFunctionPointer(allocate);
            context.free_cbk = CallbackReference.getFunctionPointer(deallocate);
        }

        byte[] hash(Argon2Library library, byte[] password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
            try (Memory pwd = copy(password); Memory saltCopy = copy(salt); Memory out = new Memory(length)) {
                context.out = out;
                context.outlen = new JnaUint32(length);
                context.pwd = pwd;
                context.pwdlen = new JnaUint32(password.length);
                context.salt = saltCopy;
                context.saltlen = new JnaUint32(salt.length);
                context.secret = null;
                context.secretlen = new JnaUint32(0);
                context.ad = null;
                context.adlen = new JnaUint32(0);
                context.t_cost = new JnaUint32(iterations);
                context.m_cost = new JnaUint32(memoryKib);
                context.lanes = new JnaUint32(parallelism);
                context.threads = new JnaUint32(parallelism);
                context.version = new Argon2_version(VERSION_13);
                context.flags = new JnaUint32(CLEAR_PASSWORD_AND_SECRET);
                int result = library.argon2id_ctx(context);
                if (result != ARGON2_OK) {
                    throw new IllegalStateException("Argon2id: " + library.argon2_error_message(result));
                }
                return out.getByteArray(0, length);
            } finally {
                context.out = null;
                context.pwd = null;
                context.salt = null;
            }
        }

        /**
         * The area on 2 MiB boundaries, with the kernel asked to back it by huge pages (Linux's
         * transparent huge pages, when set to "madvise" or "always"): Argon2id reads its 19 MiB
         * in an order no cache predicts, and 10 huge pages spare it thousands of TLB misses.
         * Where the advice is not taken the area works all the same.
         */
        private static Memory hugePages(long bytes) {
            long span = (bytes + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE;
            Memory block = new Memory(span + HUGE_PAGE);
            Memory aligned = block.align((int) HUGE_PAGE);
            if (!Platform.isLinux()) {
                return aligned; // MADV_HUGEPAGE is Linux's
            }
            try {
                Function.getFunction(Platform.C_LIBRARY_NAME, "madvise").invokeInt(new Object[]{aligned, new Size_t(span), MADV_HUGEPAGE});
            } catch (UnsatisfiedLinkError | IllegalArgumentException e) {
                // no madvise here: ordinary pages
            }
            return aligned;
        }

        /** At least one byte: JNA refuses an empty block, and the library reads none of it when the length is 0. */
        private static Memory copy(byte[] bytes) {
            Memory copy = new Memory(Math.max(1, bytes.length));
            copy.write(0, bytes, 0, bytes.length);
            return copy;
        }
    }
}
