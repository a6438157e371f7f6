package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel()
	<-ctx.Done()
	err := ctx.Err()
	fmt.Println(err.Error(), errors.Is(err, context.DeadlineExceeded), context.Canceled.Error())
	wrapped := fmt.Errorf("job: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, context.DeadlineExceeded), errors.Unwrap(wrapped) == context.DeadlineExceeded)
}
