/* N-queens by backtracking with bitmasks, counting solutions for N = 1..10 and printing one board.
 */
#include <stdio.h>

static long solve(int n, unsigned cols, unsigned d1, unsigned d2) {
    unsigned all = (1u << n) - 1;
    if (cols == all) return 1;
    long count = 0;
    unsigned avail = all & ~(cols | d1 | d2);
    while (avail) {
        unsigned bit = avail & -avail;
        avail ^= bit;
        count += solve(n, cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1);
    }
    return count;
}

static int board[16];
static int first(int n, int row) {
    if (row == n) return 1;
    for (int c = 0; c < n; c++) {
        int ok = 1;
        for (int r = 0; r < row; r++)
            if (board[r] == c || board[r] - c == r - row || board[r] - c == row - r) {
                ok = 0;
                break;
            }
        if (ok) {
            board[row] = c;
            if (first(n, row + 1)) return 1;
        }
    }
    return 0;
}

int main(void) {
    for (int n = 1; n <= 10; n++)
        printf("queens(%d) = %ld\n", n, solve(n, 0, 0, 0));
    if (first(8, 0))
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++)
                putchar(board[r] == c ? 'Q' : '.');
            putchar('\n');
        }
    return 0;
}
